package gov.chuangcheng.events.inspection;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code cc.reinspection.failed.v1}: a re-inspection (复查) of a rectification order's item failed again. */
public record ReinspectionFailed(
        String orderId,
        String inspectionId,
        PointRef point,
        String standardCode,
        BigDecimal score,
        BigDecimal maxScore,
        String remark,
        List<String> evidenceIds,
        String inspector,
        OffsetDateTime inspectedAt) {}
