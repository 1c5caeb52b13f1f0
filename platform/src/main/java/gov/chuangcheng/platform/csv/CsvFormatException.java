package gov.chuangcheng.platform.csv;

/** Text that is not well-formed CSV; {@link #record()} is the 1-based record (spreadsheet row) where it happens. */
public class CsvFormatException extends RuntimeException {

    private final int record;
    private final int line;

    public CsvFormatException(int record, int line, String message) {
        super(message);
        this.record = record;
        this.line = line;
    }

    public int record() {
        return record;
    }

    public int line() {
        return line;
    }
}
