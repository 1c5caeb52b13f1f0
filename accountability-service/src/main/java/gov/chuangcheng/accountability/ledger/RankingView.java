package gov.chuangcheng.accountability.ledger;

import java.math.BigDecimal;

/**
 * A unit's place in the assessment ranking (equal scores share a rank) and its rectification rates: the on-time rate
 * (按期整改率) and the mean time to rectify over {@code closedOrders}, the rework rate (返工率) over
 * {@code reinspectedOrders}; each rate is null while its sample is below the minimum ({@code minimumSample}), and
 * {@code onTimeRank} ranks only the units whose on-time rate counts. {@code disputes} counts the orders the unit
 * returned as not its own (退单), {@code disputesReassigned} those the office moved away on them, and
 * {@code disputeShare} is {@code disputes} over the orders the unit received (those it has, whatever their state, and
 * those moved away on its disputes); null while it received none.
 */
public record RankingView(
        int rank,
        String unitCode,
        String unitName,
        BigDecimal score,
        int entries,
        int closedOrders,
        BigDecimal onTimeRate,
        Integer onTimeRank,
        int reinspectedOrders,
        BigDecimal reworkRate,
        BigDecimal meanWorkingHoursToRectify,
        int minimumSample,
        int disputes,
        int disputesReassigned,
        BigDecimal disputeShare) {}
