package gov.chuangcheng.accountability.ranking;

import gov.chuangcheng.events.assessment.Rate;
import java.math.BigDecimal;

/**
 * A unit's place in a period's ranking and its figures there.
 *
 * @param rank                place by the ranked score, best first; equal scores share a place (1, 2, 2, 4)
 * @param previousRank        place in the previous period; null for the campaign
 * @param rankChange          places risen since the previous period (negative: fallen); null for the campaign
 * @param periodScore         points the period's entries moved (deductions negative, bonuses and reversals positive)
 * @param previousPeriodScore the same for the previous period; null for the campaign
 * @param scoreChange         the ranked score less the previous period's (what the places are by); null for the
 *                            campaign
 * @param cumulativeScore     the score at the period's end
 * @param entries             ledger entries in the period
 * @param figures             the period's rates, each with its numerator and denominator
 */
public record RankingRow(
        int rank,
        Integer previousRank,
        Integer rankChange,
        String unitCode,
        String unitName,
        BigDecimal periodScore,
        BigDecimal previousPeriodScore,
        BigDecimal scoreChange,
        BigDecimal cumulativeScore,
        int entries,
        Rate onTime,
        Rate rework,
        long fixedOrders,
        BigDecimal meanWorkingHoursToFix,
        Rate disputes,
        long disputesReassigned) {

    static RankingRow of(
            int rank, Integer previousRank, UnitScore score, UnitScore previous, RankBy by, UnitFigures figures) {
        return new RankingRow(
                rank,
                previousRank,
                previousRank == null ? null : previousRank - rank,
                score.unitCode(),
                score.unitName(),
                score.periodScore(),
                previous == null ? null : previous.periodScore(),
                previous == null ? null : by.of(score).subtract(by.of(previous)),
                score.cumulativeScore(),
                score.entries(),
                figures.onTime(),
                figures.rework(),
                figures.fixedOrders(),
                figures.meanWorkingHoursToFix(),
                figures.disputes(),
                figures.disputesReassigned());
    }
}
