package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.task.evaluation.Draft.Attribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an evaluation system from its JSON form ({@link EvaluationSystemImport}). Errors name the place as the JSON
 * path with 0-based indexes, e.g. {@code categories[0].indicators[1].standards[2].weight}.
 */
public final class JsonCatalogue {

    private static final Pattern VETO_CODE = Pattern.compile("[A-Za-z0-9._-]{1,50}");

    private JsonCatalogue() {}

    public static CatalogueRules.Result read(EvaluationSystemImport body) {
        List<Draft.Category> categories = new ArrayList<>();
        List<EvaluationSystemImport.CategoryImport> cs = orEmpty(body == null ? null : body.categories());
        for (int ci = 0; ci < cs.size(); ci++) {
            EvaluationSystemImport.CategoryImport c = orEmpty(cs.get(ci));
            String cp = "categories[" + ci + "]";
            List<Draft.Indicator> indicators = new ArrayList<>();
            List<EvaluationSystemImport.IndicatorImport> is = orEmpty(c.indicators());
            for (int ii = 0; ii < is.size(); ii++) {
                EvaluationSystemImport.IndicatorImport i = orEmpty(is.get(ii));
                String ip = cp + ".indicators[" + ii + "]";
                List<Draft.Standard> standards = new ArrayList<>();
                List<EvaluationSystemImport.StandardImport> ss = orEmpty(i.standards());
                for (int si = 0; si < ss.size(); si++) {
                    EvaluationSystemImport.StandardImport s = orEmpty(ss.get(si));
                    String sp = ip + ".standards[" + si + "]";
                    standards.add(new Draft.Standard(
                            a -> sp + "." + property(a),
                            s.code(),
                            s.name(),
                            text(s.fullMarks()),
                            text(s.weight()),
                            s.method(),
                            s.pointTypes() == null ? List.of() : s.pointTypes(),
                            steps(s.surveyScoring()),
                            s.materials() == null ? List.of() : s.materials()));
                }
                indicators.add(new Draft.Indicator(
                        a -> ip + "." + (a == Attribute.WEIGHT || a == Attribute.CHILDREN ? "standards" : property(a)),
                        i.code(),
                        i.name(),
                        standards));
            }
            categories.add(new Draft.Category(
                    a -> cp + "." + (a == Attribute.CHILDREN ? "indicators" : property(a)),
                    c.code(),
                    c.name(),
                    indicators));
        }
        return CatalogueRules.check(new Draft(a -> "categories", categories));
    }

    /**
     * The mistakes in the negative list of a JSON import, at {@code vetoItems[i].<field>}: a code of 1–50 letters,
     * digits, '.', '_' or '-', once each; a name of 1–500 characters; a consequence of at most 500.
     */
    public static List<Problem.FieldError> vetoItemErrors(EvaluationSystemImport body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body == null || body.vetoItems() == null) {
            return errors;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < body.vetoItems().size(); i++) {
            EvaluationSystemImport.VetoItemImport v = body.vetoItems().get(i);
            String at = "vetoItems[" + i + "]";
            if (v == null) {
                errors.add(new Problem.FieldError(at, "不能为空"));
                continue;
            }
            if (v.code() == null || !VETO_CODE.matcher(v.code()).matches()) {
                errors.add(new Problem.FieldError(at + ".code", "编码应为1到50位字母、数字、点、下划线或连字符"));
            } else if (!codes.add(v.code())) {
                errors.add(new Problem.FieldError(at + ".code", "编码" + v.code() + "重复"));
            }
            if (v.name() == null || v.name().isBlank() || v.name().length() > 500) {
                errors.add(new Problem.FieldError(at + ".name", "名称不能为空，最多500字"));
            }
            if (v.consequence() != null && v.consequence().length() > 500) {
                errors.add(new Problem.FieldError(at + ".consequence", "最多500字"));
            }
        }
        return errors;
    }

    private static String property(Attribute a) {
        return switch (a) {
            case CODE -> "code";
            case NAME -> "name";
            case FULL_MARKS -> "fullMarks";
            case WEIGHT -> "weight";
            case METHOD -> "method";
            case POINT_TYPES -> "pointTypes";
            case SURVEY_SCORING -> "surveyScoring";
            case MATERIALS -> "materials";
            case CHILDREN -> "children";
        };
    }

    /** Each step as the text a CSV cell gives it ({@code 90:2}), so that both forms are checked by one rule. */
    private static List<String> steps(List<EvaluationSystemImport.ScoringStepImport> steps) {
        if (steps == null) {
            return List.of();
        }
        return steps.stream()
                .map(step -> step == null
                        ? ""
                        : (step.atLeast() == null ? "" : step.atLeast().toPlainString()) + ":"
                                + (step.marks() == null ? "" : step.marks().toPlainString()))
                .toList();
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static EvaluationSystemImport.CategoryImport orEmpty(EvaluationSystemImport.CategoryImport c) {
        return c == null ? new EvaluationSystemImport.CategoryImport(null, null, null) : c;
    }

    private static EvaluationSystemImport.IndicatorImport orEmpty(EvaluationSystemImport.IndicatorImport i) {
        return i == null ? new EvaluationSystemImport.IndicatorImport(null, null, null) : i;
    }

    private static EvaluationSystemImport.StandardImport orEmpty(EvaluationSystemImport.StandardImport s) {
        return s == null
                ? new EvaluationSystemImport.StandardImport(null, null, null, null, null, null, null, null)
                : s;
    }
}
