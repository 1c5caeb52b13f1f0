package gov.chuangcheng.events.assessment;

import java.math.BigDecimal;

/**
 * One unit in a published ranking (排名): its place, score and rectification rates, as accountability-service counts
 * them over the whole campaign.
 *
 * @param rank                  place by score, best first; equal scores share a place (1, 2, 2, 4)
 * @param score                 the unit's assessment score (考核得分) now
 * @param entries               ledger entries of the unit
 * @param onTime                按期整改率: orders fixed on time ÷ orders that came due (closed or still open)
 * @param rework                返工率: orders with a failed verification ÷ orders verified
 * @param fixedOrders           orders verified fixed (销号), the sample of the mean time
 * @param meanWorkingHoursToFix mean office time from opening to 销号, in working hours; null below the minimum sample
 * @param disputes              退单率: disputes the unit filed ÷ orders it received
 */
public record UnitStanding(
        int rank,
        String unitCode,
        String unitName,
        BigDecimal score,
        int entries,
        Rate onTime,
        Rate rework,
        long fixedOrders,
        BigDecimal meanWorkingHoursToFix,
        Rate disputes) {}
