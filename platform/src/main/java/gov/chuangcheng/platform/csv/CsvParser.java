package gov.chuangcheng.platform.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 parser: fields separated by commas, records by CRLF, LF or CR; a field in double quotes may
 * contain commas, line breaks and doubled quotes ({@code ""}). Strict where a spreadsheet never writes anything else:
 * a quote inside an unquoted field, text after a closing quote and an unclosed quote are errors
 * ({@link CsvFormatException}) rather than guesses. A leading UTF-8 byte order mark (Excel writes one) is ignored.
 *
 * <p>Every physical line outside quotes starts a new record, so record numbers are the row numbers a spreadsheet
 * shows (the header is record 1); a line break inside quotes continues the record. An empty line is a record with one
 * empty field; a line break at the end of the text does not start another record.
 */
public final class CsvParser {

    /** One record: its 1-based number, the line it starts on and its fields. */
    public record Record(int number, int line, List<String> fields) {

        public boolean isBlank() {
            return fields.stream().allMatch(f -> f.isBlank());
        }
    }

    private CsvParser() {}

    public static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        int n = text.length();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        if (i >= n) {
            return records;
        }
        List<String> fields = new ArrayList<>();
        int recordLine = line;
        StringBuilder field = new StringBuilder();
        while (true) {
            // at the start of a field
            if (i < n && text.charAt(i) == '"') {
                int openedOnLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new CsvFormatException(
                                records.size() + 1,
                                openedOnLine,
                                "a quoted field opened on line " + openedOnLine + " is never closed");
                    }
                    char c = text.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                    i++;
                }
                if (i < n && !isDelimiter(text.charAt(i))) {
                    throw new CsvFormatException(
                            records.size() + 1,
                            line,
                            "text after the closing quote of field " + (fields.size() + 1)
                                    + "; a quote inside a quoted field must be doubled (\"\")");
                }
            } else {
                while (i < n && !isDelimiter(text.charAt(i))) {
                    char c = text.charAt(i);
                    if (c == '"') {
                        throw new CsvFormatException(
                                records.size() + 1,
                                line,
                                "a quote inside unquoted field " + (fields.size() + 1)
                                        + "; enclose the field in quotes and double the quote (\"\")");
                    }
                    field.append(c);
                    i++;
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= n) {
                records.add(new Record(records.size() + 1, recordLine, List.copyOf(fields)));
                return records;
            }
            char delimiter = text.charAt(i);
            i++;
            if (delimiter == ',') {
                continue;
            }
            if (delimiter == '\r' && i < n && text.charAt(i) == '\n') {
                i++;
            }
            line++;
            records.add(new Record(records.size() + 1, recordLine, List.copyOf(fields)));
            fields.clear();
            recordLine = line;
            if (i >= n) {
                return records;
            }
        }
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }
}
