package gov.chuangcheng.task.dashboard;

import java.math.BigDecimal;

/**
 * An indicator (测评内容) of the active evaluation system with its projected score.
 *
 * @param ratio                projected ÷ fullMarks, 4 decimals
 * @param standardsWithoutData standards with no evidence yet (counted 0); {@code noData} when any
 */
public record IndicatorView(
        String code,
        String name,
        BigDecimal ratio,
        BigDecimal projected,
        BigDecimal fullMarks,
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
                s.standards(),
                s.standardsWithoutData(),
                s.standardsWithoutData() > 0);
    }
}
