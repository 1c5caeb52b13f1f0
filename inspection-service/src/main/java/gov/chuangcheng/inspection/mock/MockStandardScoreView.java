package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.assessment.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A standard's score in a mock exam: {@code score} = fullMarks × passing ÷ with a result, over the drawn points it
 * applies to ({@code points}); {@code score} and {@code lost} are absent when no drawn point has a result (no data).
 *
 * @param evidence drawn points whose latest result of the standard passes, of the drawn points with a result
 */
public record MockStandardScoreView(
        String code,
        String name,
        String indicatorCode,
        BigDecimal fullMarks,
        BigDecimal score,
        BigDecimal lost,
        boolean noData,
        int points,
        Rate evidence) {

    static MockStandardScoreView of(MockScoring.StandardScore s) {
        return new MockStandardScoreView(
                s.standard().code(),
                s.standard().name(),
                s.standard().indicatorCode(),
                s.standard().fullMarks(),
                s.noData() ? null : s.score().setScale(2, RoundingMode.HALF_UP),
                s.noData() ? null : s.lost().setScale(2, RoundingMode.HALF_UP),
                s.noData(),
                s.points(),
                Rate.of(s.passing(), s.withResult(), 1));
    }
}
