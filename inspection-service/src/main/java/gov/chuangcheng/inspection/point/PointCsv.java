package gov.chuangcheng.inspection.point;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.csv.CsvFormatException;
import gov.chuangcheng.platform.csv.CsvParser;
import gov.chuangcheng.platform.problem.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a point import file (CSV, RFC 4180, header row first) into requests, reporting every malformed cell as
 * {@code rows[<spreadsheet row>].<column>}. Only the shape of the file is checked here; the requests are validated
 * like API requests afterwards ({@link PointImport}).
 *
 * <p>Columns (any order): {@value #COLUMN_LIST}. {@code type} is a point type code or its Chinese name (农贸市场);
 * {@code crs} is WGS84, GCJ02 or BD09; {@code co_units} are unit codes separated by {@code ;} {@code |} or {@code 、};
 * {@code active} is true/false/是/否, empty meaning true; {@code street} and {@code co_units} may be empty.
 */
public final class PointCsv {

    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String ADDRESS = "address";
    public static final String STREET = "street";
    public static final String LATITUDE = "latitude";
    public static final String LONGITUDE = "longitude";
    public static final String CRS = "crs";
    public static final String RESPONSIBLE_UNIT = "responsible_unit";
    public static final String CO_UNITS = "co_units";
    public static final String ACTIVE = "active";
    static final String COLUMN_LIST =
            "code,name,type,address,street,latitude,longitude,crs,responsible_unit,co_units,active";
    public static final List<String> COLUMNS = List.of(COLUMN_LIST.split(","));
    private static final List<String> OPTIONAL = List.of(STREET, CO_UNITS, ACTIVE);
    private static final Pattern UNIT_SEPARATORS = Pattern.compile("[;|；、]");

    /** Request field name → CSV column, to report API validation errors by column. */
    static final Map<String, String> COLUMN_OF_FIELD = Map.of(
            "code",
            CODE,
            "name",
            NAME,
            "type",
            TYPE,
            "address",
            ADDRESS,
            "street",
            STREET,
            "latitude",
            LATITUDE,
            "longitude",
            LONGITUDE,
            "crs",
            CRS,
            "responsibleUnitCode",
            RESPONSIBLE_UNIT,
            "coUnitCodes",
            CO_UNITS);

    /** One data row: its spreadsheet row number and what it asks for (null when a cell could not be read). */
    public record Row(int number, PointRequest request) {}

    public record Result(List<Row> rows, List<Problem.FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private PointCsv() {}

    public static String row(int r) {
        return "rows[" + r + "]";
    }

    public static Result read(String text) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<CsvParser.Record> records;
        try {
            records = CsvParser.parse(text);
        } catch (CsvFormatException e) {
            errors.add(new Problem.FieldError(
                    row(e.record()), "is not well-formed CSV (line " + e.line() + "): " + e.getMessage()));
            return new Result(List.of(), errors);
        }
        if (records.isEmpty() || records.get(0).isBlank()) {
            errors.add(new Problem.FieldError(row(1), "the first row must name the columns: " + COLUMN_LIST));
            return new Result(List.of(), errors);
        }
        List<String> header = records.get(0).fields().stream()
                .map(h -> h.trim().toLowerCase())
                .toList();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (index.put(header.get(i), i) != null) {
                errors.add(new Problem.FieldError(row(1) + "." + header.get(i), "column appears twice"));
            }
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column) && !OPTIONAL.contains(column)) {
                errors.add(new Problem.FieldError(
                        row(1) + "." + column, "column is missing from the header row (columns: " + COLUMN_LIST + ")"));
            }
        }
        if (!errors.isEmpty()) {
            return new Result(List.of(), errors);
        }
        List<Row> rows = new ArrayList<>();
        for (CsvParser.Record record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            int r = record.number();
            if (record.fields().size() != header.size()) {
                errors.add(new Problem.FieldError(
                        row(r), "has " + record.fields().size() + " fields, the header row has " + header.size()));
                continue;
            }
            Cells cells = new Cells(record.fields(), index, r, errors);
            PointRequest request = new PointRequest(
                    cells.text(CODE),
                    cells.text(NAME),
                    cells.pointType(),
                    cells.text(ADDRESS),
                    cells.text(STREET),
                    cells.number(LATITUDE),
                    cells.number(LONGITUDE),
                    cells.crs(),
                    cells.text(RESPONSIBLE_UNIT),
                    cells.units(),
                    cells.active());
            rows.add(new Row(r, request));
        }
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new Problem.FieldError("body", "the file has no data rows"));
        }
        return new Result(rows, errors);
    }

    private record Cells(List<String> fields, Map<String, Integer> index, int r, List<Problem.FieldError> errors) {

        String text(String column) {
            Integer i = index.get(column);
            if (i == null) {
                return null;
            }
            String v = fields.get(i).trim();
            return v.isEmpty() ? null : v;
        }

        void error(String column, String message) {
            errors.add(new Problem.FieldError(row(r) + "." + column, message));
        }

        Double number(String column) {
            String v = text(column);
            if (v == null) {
                return null;
            }
            try {
                return Double.valueOf(v);
            } catch (NumberFormatException e) {
                error(column, "'" + v + "' is not a decimal number of degrees");
                return null;
            }
        }

        PointType pointType() {
            String v = text(TYPE);
            if (v == null) {
                return null;
            }
            Optional<PointType> type = Arrays.stream(PointType.values())
                    .filter(p -> p.name().equalsIgnoreCase(v) || p.displayName().equals(v))
                    .findFirst();
            if (type.isEmpty()) {
                error(TYPE, "'" + v + "' is not a point type; use a code such as FARMERS_MARKET or its Chinese name");
            }
            return type.orElse(null);
        }

        Crs crs() {
            String v = text(CRS);
            if (v == null) {
                return null;
            }
            String normalized = v.toUpperCase().replace("-", "").replace("_", "");
            return switch (normalized) {
                case "WGS84" -> Crs.WGS84;
                case "GCJ02" -> Crs.GCJ02;
                case "BD09" -> Crs.BD09;
                default -> {
                    error(CRS, "'" + v + "' is not WGS84, GCJ02 or BD09");
                    yield null;
                }
            };
        }

        List<String> units() {
            String v = text(CO_UNITS);
            if (v == null) {
                return List.of();
            }
            return Arrays.stream(UNIT_SEPARATORS.split(v))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }

        Boolean active() {
            String v = text(ACTIVE);
            if (v == null) {
                return true;
            }
            return switch (v.toLowerCase()) {
                case "true", "yes", "1", "是" -> true;
                case "false", "no", "0", "否" -> false;
                default -> {
                    error(ACTIVE, "'" + v + "' is not true or false (是/否)");
                    yield null;
                }
            };
        }
    }
}
