package gov.chuangcheng.events.inspection;

import gov.chuangcheng.events.Severity;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.inspection.item-failed.v1}: one check item failed in a patrol inspection. Opens (or escalates) a
 * rectification order for the point's responsible unit.
 *
 * @param evidenceIds ids of the photos taken for this item
 */
public record ItemFailed(
        String inspectionId,
        PointRef point,
        String itemCode,
        String standardCode,
        String standardName,
        String checkText,
        Severity severity,
        BigDecimal score,
        BigDecimal maxScore,
        String remark,
        List<String> evidenceIds,
        String inspector,
        OffsetDateTime inspectedAt) {}
