package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.events.rectification.OrderSource;
import java.util.List;

/** A failed item or a routed public report, as far as orders are concerned; without a severity it is 一般. */
public record Failure(
        PointRef point,
        String standardCode,
        String standardName,
        Severity severity,
        OrderSource source,
        String sourceRef,
        String description,
        List<String> evidenceIds) {

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
                e.evidenceIds());
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
                e.mediaUrls());
    }

    /** How the history names where the failure came from, e.g. "巡查 INS-1". */
    String origin() {
        return source.displayName() + " " + sourceRef;
    }
}
