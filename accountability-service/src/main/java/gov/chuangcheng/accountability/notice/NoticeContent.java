package gov.chuangcheng.accountability.notice;

import gov.chuangcheng.events.EscalationLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a 通报 says about its period, assembled from the orders, the ledger and the ranking: a draft shows it as it
 * stands now, an issued notice keeps it as it was issued (stored with it as JSON).
 *
 * @param periodWritten the period as people write it (2026年12月1日至12月7日)
 * @param orders        the orders named, over all units
 * @param units         the units named, in the document's order (most points deducted first)
 */
public record NoticeContent(String periodWritten, int orders, List<UnitSection> units) {

    public NoticeContent {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /**
     * One unit of the notice: its orders, its deductions of the period and its figures.
     *
     * @param ordinal    一、二、… as the document numbers it
     * @param deducted   the sum of its deductions not reversed (negative, or 0)
     * @param deductions every deduction of the period, reversed ones marked and not counted in {@code deducted}
     */
    public record UnitSection(
            String ordinal,
            String unitCode,
            String unitName,
            List<OrderItem> orders,
            List<DeductionItem> deductions,
            BigDecimal deducted,
            Figures figures) {

        public UnitSection {
            orders = List.copyOf(orders);
            deductions = List.copyOf(deductions);
        }
    }

    /**
     * An order named: where, what, how far it climbed and how.
     *
     * @param escalation how it really escalated, from its history
     */
    public record OrderItem(
            String orderId,
            String number,
            String pointName,
            String problem,
            EscalationLevel level,
            String levelName,
            String escalation) {}

    /**
     * A deduction of the period.
     *
     * @param on       the day it was recorded (district time)
     * @param reversed whether it has been reversed (撤销): listed, not counted
     */
    public record DeductionItem(
            String entryId, LocalDate on, String reason, BigDecimal points, String kind, boolean reversed) {}

    /**
     * The unit's figures of the period from the ranking; any field null when the ranking has none.
     *
     * @param onTimeRate      按期整改率 as a fraction with four places; null below the minimum sample
     * @param periodScore     points the period's entries moved
     * @param cumulativeScore the score at the period's end
     * @param rank            place in the period's ranking
     * @param ranked          how many units were ranked
     */
    public record Figures(
            Long onTimeNumerator,
            Long onTimeDenominator,
            BigDecimal onTimeRate,
            BigDecimal periodScore,
            BigDecimal cumulativeScore,
            Integer rank,
            Integer ranked) {

        public static final Figures NONE = new Figures(null, null, null, null, null, null, null);
    }
}
