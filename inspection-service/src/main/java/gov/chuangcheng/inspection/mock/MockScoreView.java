package gov.chuangcheng.inspection.mock;

import java.math.BigDecimal;

/**
 * A mock exam's score in short (模拟测评得分): the total over the standards with data, their full marks and coverage,
 * and how many drawn points were inspected.
 *
 * @param total        Σ scores of the standards with data, 2 decimals; absent while none has data
 * @param fullMarks    Σ full marks of the field standards that apply to the drawn points' types
 * @param coveredMarks Σ full marks of the standards with data
 * @param coverage     coveredMarks ÷ fullMarks, 4 decimals
 */
public record MockScoreView(
        BigDecimal total,
        BigDecimal fullMarks,
        BigDecimal coveredMarks,
        BigDecimal coverage,
        int standards,
        int standardsWithoutData,
        int pointsDrawn,
        int pointsInspected) {

    static MockScoreView of(MockScoring.Score score) {
        return new MockScoreView(
                score.total(),
                score.fullMarks(),
                score.coveredMarks(),
                score.coverage(),
                score.standards().size(),
                (int) score.standards().stream()
                        .filter(MockScoring.StandardScore::noData)
                        .count(),
                score.pointsDrawn(),
                score.pointsInspected());
    }
}
