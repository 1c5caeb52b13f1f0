package gov.chuangcheng.accountability.ranking;

import gov.chuangcheng.events.assessment.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a unit's rectification figures are counted from in one window, as the database counts them. Voided and merged
 * orders (作废, 不属实, 合并) were never rectified: they count in none of these.
 *
 * @param due                orders whose deadline in force (after extensions; a suspended order by its deadline once
 *                           resumed, so none while it is suspended) fell in the window and has passed, closed or still
 *                           open, and those fixed before it; an order whose fix was submitted by its deadline and waits
 *                           for verification is undecided and counts only once verified
 * @param dueFixedOnTime     of {@code due}, those verified fixed on time ({@code OnTime}: submitted by the deadline in
 *                           force then)
 * @param verified           orders verified (复查) in the window, passed or failed
 * @param reworked           of {@code verified}, those that failed a verification in the window (返工)
 * @param fixed              orders verified fixed (销号) in the window
 * @param officeSecondsToFix office time those took from opening to 销号, in all
 * @param disputes           disputes (退单) the unit filed in the window
 * @param disputesReassigned of {@code disputes}, those the office moved away on them
 * @param opened             orders opened in the window that the unit still has
 */
record FigureCounts(
        long due,
        long dueFixedOnTime,
        long verified,
        long reworked,
        long fixed,
        long officeSecondsToFix,
        long disputes,
        long disputesReassigned,
        long opened) {

    static final FigureCounts NONE = new FigureCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

    FigureCounts plus(FigureCounts o) {
        return new FigureCounts(
                due + o.due,
                dueFixedOnTime + o.dueFixedOnTime,
                verified + o.verified,
                reworked + o.reworked,
                fixed + o.fixed,
                officeSecondsToFix + o.officeSecondsToFix,
                disputes + o.disputes,
                disputesReassigned + o.disputesReassigned,
                opened + o.opened);
    }

    /** The rates, each null below {@code minimumSample} cases in its denominator. */
    UnitFigures figures(int minimumSample) {
        BigDecimal meanHours = fixed == 0 || fixed < minimumSample
                ? null
                : BigDecimal.valueOf(officeSecondsToFix)
                        .divide(BigDecimal.valueOf(3600L * fixed), 1, RoundingMode.HALF_UP);
        return new UnitFigures(
                Rate.of(dueFixedOnTime, due, minimumSample),
                Rate.of(reworked, verified, minimumSample),
                fixed,
                meanHours,
                // the orders a unit received: those it still has, and those moved away on its disputes
                Rate.of(disputes, opened + disputesReassigned, minimumSample),
                disputesReassigned);
    }
}
