package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.events.evaluation.PointType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A point among the worst of a period, counting its field inspections (patrols) only, never its re-inspections (复查):
 * how many were made, passed and failed, the pass {@code rate} = passed ÷ inspected (decimal fraction, four places;
 * every listed point has at least the list's {@code minInspections}), the failed items over those inspections and
 * when it was last inspected in the period.
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
