package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.task.evaluation.Draft.Attribute;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an evaluation system from its JSON form ({@link EvaluationSystemImport}). Errors name the place as the JSON
 * path with 0-based indexes, e.g. {@code categories[0].indicators[1].standards[2].weight}.
 */
public final class JsonCatalogue {

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

    private static String property(Attribute a) {
        return switch (a) {
            case CODE -> "code";
            case NAME -> "name";
            case FULL_MARKS -> "fullMarks";
            case WEIGHT -> "weight";
            case METHOD -> "method";
            case POINT_TYPES -> "pointTypes";
            case MATERIALS -> "materials";
            case CHILDREN -> "children";
        };
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
        return s == null ? new EvaluationSystemImport.StandardImport(null, null, null, null, null, null, null) : s;
    }
}
