package gov.chuangcheng.task.material;

/**
 * What comes with a material's bytes, as the form gives it: the standard's code, the task (optional), the expected
 * material it is, the unit (the office's filing on behalf of one), a note, and the client's file name.
 */
public record MaterialUpload(String standard, String task, String expected, String unit, String note, String fileName) {

    public static final int NOTE_MAX = 500;
}
