package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.events.evaluation.AssessmentMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A standard (测评标准) among the 短板: its projected score on its evidence and the marks it loses.
 *
 * @param evidence points passing of points with a recent result (实地考察), or expected materials accepted of those
 *                 expected (材料审核, 网上申报);
 *                 absent for a survey standard
 * @param survey   the survey result a survey standard (问卷调查) scores on, with the marks its rule gives
 */
public record StandardScoreView(
        String code,
        String name,
        String indicatorCode,
        AssessmentMethod method,
        BigDecimal fullMarks,
        BigDecimal projected,
        BigDecimal lost,
        Rate evidence,
        Readiness.Survey survey) {

    static StandardScoreView of(Readiness.Standard s) {
        return new StandardScoreView(
                s.code(),
                s.name(),
                s.indicatorCode(),
                s.method(),
                s.fullMarks(),
                s.projected().setScale(2, RoundingMode.HALF_UP),
                s.lost().setScale(2, RoundingMode.HALF_UP),
                s.evidence(),
                s.survey());
    }
}
