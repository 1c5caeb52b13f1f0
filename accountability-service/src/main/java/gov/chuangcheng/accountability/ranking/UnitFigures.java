package gov.chuangcheng.accountability.ranking;

import gov.chuangcheng.events.assessment.Rate;
import java.math.BigDecimal;

/**
 * A unit's rectification figures over a window, each rate with its numerator and denominator.
 *
 * @param onTime                按期整改率: orders fixed on time ÷ orders that came due (see {@link FigureCounts#due()})
 * @param rework                返工率: orders that failed a verification ÷ orders verified
 * @param fixedOrders           orders verified fixed (销号), the sample of the mean time
 * @param meanWorkingHoursToFix mean office time from opening to 销号, in working hours; null below the minimum sample
 * @param disputes              退单率: disputes filed ÷ orders received (opened and still held, and moved away on
 *                              the unit's disputes)
 * @param disputesReassigned    disputes on which the office moved the order away (退单改派)
 */
public record UnitFigures(
        Rate onTime,
        Rate rework,
        long fixedOrders,
        BigDecimal meanWorkingHoursToFix,
        Rate disputes,
        long disputesReassigned) {}
