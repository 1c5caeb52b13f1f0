package gov.chuangcheng.task.dashboard;

import java.math.BigDecimal;

/**
 * An indicator (测评内容) of the active evaluation system with its projected score.
 *
 * @param projected            Σ scores of its standards with data; absent when none has data
 * @param coveredMarks         Σ full marks of its standards with data
 * @param ratio                projected ÷ coveredMarks, 4 decimals; absent when none has data
 * @param standardsWithoutData standards with no evidence yet, left out of the projection; {@code noData} when all
 */
public record IndicatorView(
        String code,
        String name,
        BigDecimal ratio,
        BigDecimal projected,
        BigDecimal fullMarks,
        BigDecimal coveredMarks,
        int standards,
        int standardsWithoutData,
        boolean noData) {

    static IndicatorView of(Readiness.IndicatorScore s) {
        return new IndicatorView(
                s.code(),
                s.name(),
                s.ratio(),
                s.projected(),
                s.fullMarks(),
                s.coveredMarks(),
                s.standards(),
                s.standardsWithoutData(),
                s.noData());
    }
}
