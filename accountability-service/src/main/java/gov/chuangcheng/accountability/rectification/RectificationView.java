package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.evidence.EvidenceFlagRecord;
import gov.chuangcheng.accountability.evidence.EvidenceFlagView;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.rectification.Assignee;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.OrderSource;
import java.time.Instant;
import java.util.List;

/**
 * A rectification order (整改单) as clients see it; {@code history} and {@code evidenceFlags} only on the
 * single-order endpoint. {@code evidenceFlags}: what is doubtful about the order's photos (reused on another order,
 * taken long before the upload), kept for the record.
 * {@code closure}: how a closed order closed — fixed (REINSPECTION), voided (VOIDED: 不属实, 作废, an upheld appeal) or
 * merged into {@code mergedIntoNumber} (MERGED); only a fixed one has {@code onTime}. {@code reports}: findings of the
 * problem (反映次数), the opening one and those attached; {@code priorityVerification}: a report came after the unit's
 * submission (优先复查);
 * {@code reinspectionFailures}: re-inspections (复查) that failed, i.e. rework (返工).
 */
public record RectificationView(
        String id,
        String number,
        String pointId,
        String pointCode,
        String pointName,
        String standardCode,
        String standardName,
        String unitCode,
        String unitName,
        Severity severity,
        String severityName,
        OrderSource source,
        String sourceName,
        String sourceRef,
        String description,
        List<String> evidenceIds,
        RectificationStatus status,
        String statusName,
        EscalationLevel level,
        String levelName,
        boolean overdue,
        boolean relapse,
        String relapseOf,
        int failures,
        Instant openedAt,
        Instant deadline,
        Instant submittedAt,
        String submission,
        List<String> submissionEvidenceIds,
        Instant closedAt,
        Boolean onTime,
        Closure closure,
        String closureName,
        String closureReason,
        String mergedIntoId,
        String mergedIntoNumber,
        int reports,
        boolean priorityVerification,
        int reinspectionFailures,
        boolean suspended,
        Instant suspendedAt,
        String suspensionReason,
        Instant assignedAt,
        Assignee assignee,
        Instant dispatchedAt,
        long version,
        List<HistoryView> history,
        List<EvidenceFlagView> evidenceFlags) {

    public record HistoryView(
            Instant at,
            String action,
            String actor,
            RectificationStatus status,
            String statusName,
            EscalationLevel level,
            String levelName,
            String note) {
        static HistoryView of(RectificationHistory h) {
            return new HistoryView(
                    h.at, h.action, h.actor, h.status, h.status.displayName(), h.level, h.level.displayName(), h.note);
        }
    }

    static RectificationView of(RectificationOrder o, List<RectificationHistory> history) {
        return new RectificationView(
                o.id(),
                o.number(),
                o.pointId(),
                o.pointCode(),
                o.pointName(),
                o.standardCode(),
                o.standardName(),
                o.unitCode(),
                o.unitName(),
                o.severity(),
                o.severity().displayName(),
                o.source(),
                o.source().displayName(),
                o.sourceRef(),
                o.description(),
                o.evidenceIds(),
                o.status(),
                o.status().displayName(),
                o.level(),
                o.level().displayName(),
                o.overdue(),
                o.relapse(),
                o.relapseOf(),
                o.failures(),
                o.openedAt(),
                o.deadline(),
                o.submittedAt(),
                o.submission(),
                o.submissionEvidenceIds(),
                o.closedAt(),
                o.onTime(),
                o.closure(),
                o.closure() == null ? null : o.closure().displayName(),
                o.closureReason(),
                o.mergedIntoId(),
                o.mergedIntoNumber(),
                o.reports(),
                o.priorityVerification(),
                o.reinspectionFailures(),
                o.suspended(),
                o.suspendedAt(),
                o.suspensionReason(),
                o.assignedAt(),
                o.dispatch().map(Dispatch::assignee).orElse(null),
                o.dispatch().map(Dispatch::at).orElse(null),
                o.version(),
                history == null ? null : history.stream().map(HistoryView::of).toList(),
                history == null ? null : EvidenceFlagRecord.of(o.id()));
    }

    static RectificationView summary(RectificationOrder o) {
        return of(o, null);
    }
}
