package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.events.rectification.OrderSource;
import java.time.Instant;
import java.util.List;

/**
 * A failed item or a routed public report, as far as orders are concerned; without a severity it is 一般.
 *
 * @param foundAt when it was found (inspected, reported), not when it arrived; null when the event does not say
 * @param by      the inspector of a failed item; null for a report
 */
public record Failure(
        PointRef point,
        String standardCode,
        String standardName,
        Severity severity,
        OrderSource source,
        String sourceRef,
        String description,
        List<String> evidenceIds,
        Instant foundAt,
        String by) {

    public Failure {
        severity = severity == null ? Severity.GENERAL : severity;
    }

    public static Failure of(ItemFailed e) {
        String description = e.checkText() == null
                ? e.remark()
                : e.remark() == null || e.remark().isBlank() ? e.checkText() : e.checkText() + "：" + e.remark();
        return new Failure(
                e.point(),
                e.standardCode(),
                e.standardName(),
                e.severity(),
                OrderSource.INSPECTION,
                e.inspectionId(),
                description,
                e.evidenceIds(),
                e.inspectedAt() == null ? null : e.inspectedAt().toInstant(),
                e.inspector());
    }

    public static Failure of(ProblemReported e) {
        return new Failure(
                e.point(),
                e.standardCode(),
                e.standardName(),
                e.severity(),
                OrderSource.PROBLEM_REPORT,
                e.requestId(),
                e.description(),
                e.mediaUrls(),
                e.reportedAt() == null ? null : e.reportedAt().toInstant(),
                null);
    }

    /** When it was found, or {@code arrival} when the event does not say. */
    Instant foundAtOr(Instant arrival) {
        return foundAt == null ? arrival : foundAt;
    }

    /** How the history names where the failure came from, e.g. "巡查 INS-1". */
    String origin() {
        return source.displayName() + " " + sourceRef;
    }
}
