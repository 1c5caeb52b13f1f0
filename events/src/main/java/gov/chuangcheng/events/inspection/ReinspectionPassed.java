package gov.chuangcheng.events.inspection;

import java.time.OffsetDateTime;

/** {@code cc.reinspection.passed.v1}: a re-inspection (复查) of a rectification order's item passed. */
public record ReinspectionPassed(
        String orderId,
        String inspectionId,
        PointRef point,
        String standardCode,
        String inspector,
        OffsetDateTime inspectedAt) {}
