package gov.chuangcheng.inspection.open311;

/**
 * An Open311 client's mistake, answered in the spec's error format {@code [{"code", "description"}]} rather than as
 * a problem document, because Open311 client libraries parse that format.
 */
public class Open311Exception extends RuntimeException {

    private final int code;

    public Open311Exception(int code, String description) {
        super(description);
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Open311Exception invalid(String parameter, String message) {
        return new Open311Exception(400, parameter + ": " + message);
    }
}
