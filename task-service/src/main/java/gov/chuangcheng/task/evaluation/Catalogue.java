package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import java.math.BigDecimal;
import java.util.List;

/** A valid evaluation system (测评体系): category (测评项目) → indicator (测评内容) → standard (测评标准). */
public record Catalogue(List<Category> categories) {

    public record Category(String code, String name, List<Indicator> indicators) {}

    public record Indicator(String code, String name, List<Standard> standards) {}

    public record Standard(
            String code,
            String name,
            BigDecimal fullMarks,
            BigDecimal weight,
            AssessmentMethod method,
            List<PointType> pointTypes,
            SurveyScoring surveyScoring,
            List<String> materials) {}

    public int standardCount() {
        return categories.stream()
                .flatMap(c -> c.indicators().stream())
                .mapToInt(i -> i.standards().size())
                .sum();
    }
}
