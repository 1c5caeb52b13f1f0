package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.ReinspectionAssignment;
import java.time.Instant;
import java.util.List;

/**
 * A re-inspection task as the API shows it, with what the inspector needs to verify the order: the problem and its
 * before-photos, the unit's fix and its after-photos, the deadline and the history in short.
 *
 * @param inspector the inspector who verifies it; null while it waits in the pool (复查池)
 * @param late      its deadline passed while it was open (逾期未复查: the office's lateness, not the unit's)
 */
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
        String inspectionId,
        String inspector,
        ReinspectionAssignment assignment,
        String assignmentName,
        Instant assignedAt,
        boolean late,
        Order order) {

    /**
     * The order as the inspector verifies it.
     *
     * @param deadline the unit's deadline (整改时限) as of the last event; null while suspended
     */
    public record Order(
            String problem,
            List<String> beforeEvidenceIds,
            Instant openedAt,
            String fix,
            List<String> afterEvidenceIds,
            Instant submittedAt,
            Instant deadline,
            String levelName,
            List<String> history) {

        static Order of(OrderBrief b) {
            return b == null
                    ? null
                    : new Order(
                            b.problem,
                            List.copyOf(b.beforeEvidenceIds),
                            b.openedAt,
                            b.fix,
                            List.copyOf(b.afterEvidenceIds),
                            b.submittedAt,
                            b.deadline,
                            b.levelName,
                            List.copyOf(b.history));
        }
    }

    static ReinspectionView of(ReinspectionTask t, Instant now) {
        return of(t, OrderBrief.findById(t.orderId), now);
    }

    /** The task with its order's brief, already loaded (null when the order's events have not arrived). */
    static ReinspectionView of(ReinspectionTask t, OrderBrief brief, Instant now) {
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
                t.inspectionId == null ? null : t.inspectionId.toString(),
                t.inspector,
                t.assignment,
                t.assignment == null ? null : t.assignment.displayName(),
                t.assignedAt,
                t.late(now),
                Order.of(brief));
    }
}
