package gov.chuangcheng.platform.csv;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as the office's spreadsheet programs read it: UTF-8 with a byte-order mark (so that they read the Chinese
 * headers), CRLF lines, cells quoted when needed, and a cell that a spreadsheet would take for a formula prefixed with
 * an apostrophe (a negative number stays a number: a deduction of −5 must sum as one).
 */
public final class CsvWriter {

    public static final String BOM = "\uFEFF";

    /** A plain number such as -5, -2.5 or -12.50%: a spreadsheet reads it as the number, never as a formula. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?%?");

    private CsvWriter() {}

    /** A new document: the byte-order mark and the header line. */
    public static StringBuilder start(List<String> header) {
        StringBuilder out = new StringBuilder(BOM);
        line(out, header);
        return out;
    }

    /** Appends one CSV line (CRLF) of {@code cells}, quoted and formula-guarded as needed. */
    public static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One cell: formula-guarded, then quoted when it holds a comma, a quote or a line break. */
    public static String cell(String value) {
        String v = value;
        if (!v.isEmpty()
                && "=+-@\t\r".indexOf(v.charAt(0)) >= 0
                && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
