package gov.chuangcheng.task.evaluation;

import gov.chuangcheng.events.evaluation.AssessmentMethod;
import gov.chuangcheng.events.evaluation.PointType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A standard (测评标准) with its place in the tree and the Chinese names of its method and point types.
 *
 * @param materials the materials units file for it (应报材料), for document review and online filing; often none
 */
public record StandardView(
        String systemVersion,
        String categoryCode,
        String categoryName,
        String indicatorCode,
        String indicatorName,
        String code,
        String name,
        BigDecimal fullMarks,
        BigDecimal weight,
        AssessmentMethod method,
        String methodName,
        List<PointTypeView> pointTypes,

        @Schema(description = "问卷调查 standards: the scoring rule, the highest threshold first; absent without one")
        List<SurveyScoring.Step> surveyScoring,

        List<String> materials) {

    /** A point type (点位类型): its code and Chinese name. */
    public record PointTypeView(PointType code, String name) {
        static PointTypeView of(PointType type) {
            return new PointTypeView(type, type.displayName());
        }
    }

    static StandardView of(EvalStandard s, EvalIndicator indicator, EvalCategory category) {
        return new StandardView(
                s.systemVersion,
                category.code,
                category.name,
                indicator.code,
                indicator.name,
                s.code,
                s.name,
                s.fullMarks,
                s.weight,
                s.method,
                s.method.displayName(),
                s.pointTypeList().stream().map(PointTypeView::of).toList(),
                s.surveyScoringRule() == null ? null : s.surveyScoringRule().steps(),
                List.copyOf(s.materials));
    }
}
