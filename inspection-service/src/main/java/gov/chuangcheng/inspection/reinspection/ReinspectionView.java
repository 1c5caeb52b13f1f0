package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.events.Severity;
import java.time.Instant;

/** A re-inspection task as the API shows it. */
public record ReinspectionView(
        String orderId,
        String orderNumber,
        String pointId,
        String pointCode,
        String pointName,
        String standardCode,
        String standardName,
        String unitCode,
        Severity severity,
        Instant dueBy,
        Instant requestedAt,
        ReinspectionTask.Status status,
        String statusName,
        String inspectionId) {

    static ReinspectionView of(ReinspectionTask t) {
        return new ReinspectionView(
                t.orderId,
                t.orderNumber,
                t.pointId.toString(),
                t.pointCode,
                t.pointName,
                t.standardCode,
                t.standardName,
                t.unitCode,
                t.severity,
                t.dueBy,
                t.requestedAt,
                t.status,
                t.status.displayName(),
                t.inspectionId == null ? null : t.inspectionId.toString());
    }
}
