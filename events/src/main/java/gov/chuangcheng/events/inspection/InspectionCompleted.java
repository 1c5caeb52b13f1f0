package gov.chuangcheng.events.inspection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.inspection.completed.v1}: an inspection of a point was submitted, with every item's result so that pass
 * rates have a denominator.
 *
 * @param reinspectionOfOrderId the rectification order this inspection re-checks, or null for a patrol
 * @param distanceMeters        how far from the point the inspector's position was, in metres (WGS-84)
 * @param farFromPoint          true when that distance exceeds the configured limit: the office may doubt the visit
 */
public record InspectionCompleted(
        String inspectionId,
        PointRef point,
        String inspector,
        OffsetDateTime inspectedAt,
        BigDecimal totalScore,
        BigDecimal maxScore,
        boolean passed,
        List<ItemResult> items,
        String reinspectionOfOrderId,
        long distanceMeters,
        boolean farFromPoint) {}
