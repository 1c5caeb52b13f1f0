package gov.chuangcheng.events.inspection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.inspection.completed.v1}: an inspection of a point was submitted, with every item's result so that pass
 * rates have a denominator.
 *
 * @param reinspectionOfOrderId the rectification order this inspection re-checks, or null for a patrol
 */
public record InspectionCompleted(String inspectionId, PointRef point, String inspector, OffsetDateTime inspectedAt,
                                  BigDecimal totalScore, BigDecimal maxScore, boolean passed, List<ItemResult> items,
                                  String reinspectionOfOrderId) {
}
