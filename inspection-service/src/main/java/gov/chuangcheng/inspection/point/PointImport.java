package gov.chuangcheng.inspection.point;

import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk import of points from CSV, all-or-nothing: every row is checked like an API request, and if any row is wrong
 * the answer lists every mistake as {@code rows[<row>].<column>} and nothing is stored.
 */
@ApplicationScoped
public class PointImport {

    static final int ERROR_LIMIT = 200;

    private final PointService points;
    private final Validator validator;

    public PointImport(PointService points, Validator validator) {
        this.points = points;
        this.validator = validator;
    }

    @Transactional
    public PointService.Imported importCsv(String text) {
        PointCsv.Result parsed = PointCsv.read(text);
        List<Problem.FieldError> errors = new ArrayList<>(parsed.errors());
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (PointCsv.Row row : parsed.rows()) {
            String prefix = PointCsv.row(row.number()) + ".";
            for (ConstraintViolation<PointRequest> v : validator.validate(row.request())) {
                String field = v.getPropertyPath().toString();
                String base = field.contains("[") ? field.substring(0, field.indexOf('[')) : field;
                String column = PointCsv.COLUMN_OF_FIELD.getOrDefault(base, base);
                if (alreadyReported(errors, prefix + column)) {
                    continue; // a cell that could not be read is reported once, not again as "must not be null"
                }
                errors.add(new Problem.FieldError(prefix + column, v.getMessage()));
            }
            for (Problem.FieldError e : points.check(row.request(), "")) {
                String base = e.field().contains("[")
                        ? e.field().substring(0, e.field().indexOf('['))
                        : e.field();
                errors.add(new Problem.FieldError(
                        prefix + PointCsv.COLUMN_OF_FIELD.getOrDefault(base, base), e.message()));
            }
            String code = row.request().code();
            if (code != null) {
                Integer first = firstRowOfCode.putIfAbsent(code, row.number());
                if (first != null) {
                    errors.add(new Problem.FieldError(
                            prefix + PointCsv.CODE, "code " + code + " also appears in row " + first));
                }
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(PointImport::rowOf).thenComparingInt(PointImport::columnOf));
            if (errors.size() > ERROR_LIMIT) {
                int more = errors.size() - ERROR_LIMIT;
                errors = new ArrayList<>(errors.subList(0, ERROR_LIMIT));
                errors.add(new Problem.FieldError("body", "and " + more + " more errors"));
            }
            throw ProblemException.invalid(errors);
        }
        return points.importAll(
                parsed.rows().stream().map(PointCsv.Row::request).toList());
    }

    private static int columnOf(Problem.FieldError e) {
        String f = e.field();
        int dot = f.indexOf("].");
        int i = dot < 0 ? -1 : PointCsv.COLUMNS.indexOf(f.substring(dot + 2));
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static boolean alreadyReported(List<Problem.FieldError> errors, String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    private static int rowOf(Problem.FieldError e) {
        String f = e.field();
        if (f.startsWith("rows[")) {
            try {
                return Integer.parseInt(f.substring(5, f.indexOf(']')));
            } catch (RuntimeException ignored) {
                return Integer.MAX_VALUE;
            }
        }
        return Integer.MAX_VALUE;
    }
}
