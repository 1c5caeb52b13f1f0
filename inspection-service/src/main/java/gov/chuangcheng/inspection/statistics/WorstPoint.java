package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.events.evaluation.PointType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A point among the worst of a period: its inspections, how many passed and failed, the pass {@code rate} (decimal
 * fraction, four places), the failed items over all its inspections and when it was last inspected in the period.
 */
public record WorstPoint(
        String code,
        String name,
        PointType type,
        String typeName,
        String street,
        String responsibleUnitCode,
        String responsibleUnitName,
        long inspected,
        long passed,
        long failed,
        BigDecimal rate,
        long failedItems,
        Instant lastInspectedAt) {}
