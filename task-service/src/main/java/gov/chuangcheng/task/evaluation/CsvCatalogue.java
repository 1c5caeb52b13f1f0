package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.platform.csv.CsvFormatException;
import gov.chuangcheng.platform.csv.CsvParser;
import gov.chuangcheng.platform.problem.Problem;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an evaluation system from a CSV file as the office keeps it in a spreadsheet: a header row naming the
 * {@link #COLUMNS} (any order, case-insensitive; other columns are ignored), then one row per standard. A category or
 * indicator repeats on every row of its standards and must have the same name (and an indicator the same category)
 * each time. Point types are separated by ';' or '|' (also ',', '；', '，' or '、'). The optional column
 * {@value #MATERIALS} lists a standard's expected materials separated by ';', '；', '|' or '、' (not by commas, which
 * a material's name may hold).
 *
 * <p>Errors name the place as {@code rows[<row>].<column>}, where {@code <row>} is the row number a spreadsheet shows
 * (the header row is 1) and {@code <column>} the header name; {@code rows[<row>]} alone when the whole row is wrong.
 */
public final class CsvCatalogue {

    public static final String CATEGORY_CODE = "category_code";
    public static final String CATEGORY_NAME = "category_name";
    public static final String INDICATOR_CODE = "indicator_code";
    public static final String INDICATOR_NAME = "indicator_name";
    public static final String STANDARD_CODE = "standard_code";
    public static final String STANDARD_NAME = "standard_name";
    public static final String FULL_MARKS = "full_marks";
    public static final String WEIGHT = "weight";
    public static final String METHOD = "method";
    public static final String POINT_TYPES = "point_types";
    /** Optional: a survey standard's scoring rule ({@link SurveyScoring}), e.g. {@code 90:2;80:1.6;70:1}. */
    public static final String SURVEY_SCORING = "survey_scoring";
    /** Optional: absent from the header, no standard lists expected materials. */
    public static final String MATERIALS = "materials";

    public static final List<String> OPTIONAL_COLUMNS = List.of(SURVEY_SCORING, MATERIALS);
    public static final List<String> COLUMNS = List.of(
            CATEGORY_CODE,
            CATEGORY_NAME,
            INDICATOR_CODE,
            INDICATOR_NAME,
            STANDARD_CODE,
            STANDARD_NAME,
            FULL_MARKS,
            WEIGHT,
            METHOD,
            POINT_TYPES);

    private static final Pattern POINT_TYPE_SEPARATORS = Pattern.compile("[;|,；，、]");
    private static final Pattern MATERIAL_SEPARATORS = Pattern.compile("[;|；、]");
    private static final Pattern ROW = Pattern.compile("^rows\\[(\\d+)]");

    private CsvCatalogue() {}

    /** Decodes, parses and checks a CSV file; the errors are sorted by row. */
    public static CatalogueRules.Result read(byte[] body, Charset charset) {
        ImportErrors errors = new ImportErrors();
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            errors.add(
                    "body",
                    "is not valid " + charset.name() + " text; in Excel save as \"CSV UTF-8 (逗号分隔)\" "
                            + "or send the file's charset in Content-Type (e.g. text/csv; charset=GBK)");
            return new CatalogueRules.Result(null, errors.list());
        }
        return read(text);
    }

    public static CatalogueRules.Result read(String text) {
        ImportErrors errors = new ImportErrors();
        List<CsvParser.Record> records;
        try {
            records = CsvParser.parse(text);
        } catch (CsvFormatException e) {
            errors.add(row(e.record()), "is not well-formed CSV (line " + e.line() + "): " + e.getMessage());
            return new CatalogueRules.Result(null, errors.list());
        }
        Draft draft = draft(records, errors);
        if (draft == null) {
            return new CatalogueRules.Result(null, errors.list());
        }
        CatalogueRules.Result result = CatalogueRules.check(draft, errors);
        if (result.valid()) {
            return result;
        }
        List<Problem.FieldError> sorted = new ArrayList<>(result.errors());
        sorted.sort(Comparator.comparingInt(CsvCatalogue::rowOf)); // stable: keeps the order within a row
        return new CatalogueRules.Result(null, sorted);
    }

    private static Draft draft(List<CsvParser.Record> records, ImportErrors errors) {
        if (records.isEmpty() || records.get(0).isBlank()) {
            errors.add(row(1), "the first row must name the columns: " + String.join(",", COLUMNS));
            return null;
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> header = records.get(0).fields();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if ((COLUMNS.contains(name) || OPTIONAL_COLUMNS.contains(name)) && index.putIfAbsent(name, i) != null) {
                errors.add(row(1) + "." + name, "column appears twice in the header row");
            }
        }
        for (String column : COLUMNS) {
            if (!index.containsKey(column)) {
                errors.add(
                        row(1) + "." + column,
                        "column is missing from the header row (columns: " + String.join(",", COLUMNS) + ")");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }

        Map<String, CategoryRows> categories = new LinkedHashMap<>();
        Map<String, IndicatorRows> indicators = new HashMap<>();
        for (CsvParser.Record record : records.subList(1, records.size())) {
            if (record.isBlank()) {
                continue;
            }
            int r = record.number();
            if (record.fields().size() != header.size()) {
                errors.add(
                        row(r),
                        "has " + record.fields().size() + " fields, the header row has " + header.size()
                                + " (a field with a comma, quote or line break must be in double quotes)");
                continue;
            }
            Map<String, String> v = new HashMap<>();
            index.forEach((column, i) -> v.put(column, record.fields().get(i).trim()));

            String categoryCode = v.get(CATEGORY_CODE);
            CategoryRows category = categories.get(categoryCode);
            if (category == null) {
                category = new CategoryRows(r, categoryCode, v.get(CATEGORY_NAME));
                categories.put(categoryCode, category);
            } else if (!categoryCode.isEmpty() && !category.name.equals(v.get(CATEGORY_NAME))) {
                errors.add(
                        row(r) + "." + CATEGORY_NAME,
                        "category " + categoryCode + " is named '" + category.name + "' in row " + category.row
                                + "; one category has one name");
            }

            String indicatorCode = v.get(INDICATOR_CODE);
            String indicatorKey = indicatorCode.isEmpty() ? categoryCode + "\u0000" : indicatorCode;
            IndicatorRows indicator = indicators.get(indicatorKey);
            if (indicator == null) {
                indicator = new IndicatorRows(r, indicatorCode, v.get(INDICATOR_NAME), categoryCode);
                indicators.put(indicatorKey, indicator);
                category.indicators.add(indicator);
            } else {
                if (!indicator.categoryCode.equals(categoryCode)) {
                    errors.add(
                            row(r) + "." + INDICATOR_CODE,
                            "indicator " + indicatorCode + " belongs to category " + indicator.categoryCode + " in row "
                                    + indicator.row + "; one indicator has one category");
                }
                if (!indicatorCode.isEmpty() && !indicator.name.equals(v.get(INDICATOR_NAME))) {
                    errors.add(
                            row(r) + "." + INDICATOR_NAME,
                            "indicator " + indicatorCode + " is named '" + indicator.name + "' in row " + indicator.row
                                    + "; one indicator has one name");
                }
            }
            List<String> pointTypes = split(v.get(POINT_TYPES), POINT_TYPE_SEPARATORS);
            indicator.standards.add(new Draft.Standard(
                    standardLocator(r),
                    v.get(STANDARD_CODE),
                    v.get(STANDARD_NAME),
                    v.get(FULL_MARKS),
                    v.get(WEIGHT),
                    v.get(METHOD),
                    pointTypes,
                    v.containsKey(SURVEY_SCORING) ? List.of(v.get(SURVEY_SCORING)) : List.of(),
                    split(v.get(MATERIALS), MATERIAL_SEPARATORS)));
        }
        List<Draft.Category> tree = categories.values().stream()
                .map(c -> new Draft.Category(
                        categoryLocator(c.row),
                        c.code,
                        c.name,
                        c.indicators.stream()
                                .map(i -> new Draft.Indicator(indicatorLocator(i.row), i.code, i.name, i.standards))
                                .toList()))
                .toList();
        int firstDataRow = records.size() > 1 ? 2 : 1;
        return new Draft(a -> row(firstDataRow), tree);
    }

    private static Draft.Locator categoryLocator(int r) {
        return a -> switch (a) {
            case CODE -> row(r) + "." + CATEGORY_CODE;
            case NAME -> row(r) + "." + CATEGORY_NAME;
            default -> row(r);
        };
    }

    private static Draft.Locator indicatorLocator(int r) {
        return a -> switch (a) {
            case CODE -> row(r) + "." + INDICATOR_CODE;
            case NAME -> row(r) + "." + INDICATOR_NAME;
            case WEIGHT -> row(r) + "." + WEIGHT;
            default -> row(r);
        };
    }

    private static Draft.Locator standardLocator(int r) {
        return a -> row(r)
                + switch (a) {
                    case CODE -> "." + STANDARD_CODE;
                    case NAME -> "." + STANDARD_NAME;
                    case FULL_MARKS -> "." + FULL_MARKS;
                    case WEIGHT -> "." + WEIGHT;
                    case METHOD -> "." + METHOD;
                    case POINT_TYPES -> "." + POINT_TYPES;
                    case SURVEY_SCORING -> "." + SURVEY_SCORING;
                    case MATERIALS -> "." + MATERIALS;
                    case CHILDREN -> "";
                };
    }

    /** The non-blank items of a list cell; none when the cell (or its optional column) is absent. */
    private static List<String> split(String cell, Pattern separators) {
        if (cell == null) {
            return List.of();
        }
        return Arrays.stream(separators.split(cell))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String row(int r) {
        return "rows[" + r + "]";
    }

    private static int rowOf(Problem.FieldError e) {
        Matcher m = ROW.matcher(e.field());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static final class CategoryRows {
        final int row;
        final String code;
        final String name;
        final List<IndicatorRows> indicators = new ArrayList<>();

        CategoryRows(int row, String code, String name) {
            this.row = row;
            this.code = code;
            this.name = name;
        }
    }

    private static final class IndicatorRows {
        final int row;
        final String code;
        final String name;
        final String categoryCode;
        final List<Draft.Standard> standards = new ArrayList<>();

        IndicatorRows(int row, String code, String name, String categoryCode) {
            this.row = row;
            this.code = code;
            this.name = name;
            this.categoryCode = categoryCode;
        }
    }
}
