package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.rectification.evidence-added.v1}: a new finding of an open order's point × standard (a failed item, a
 * 12345 report) was attached to it (补充线索) instead of opening or escalating anything: the same problem, found again
 * before the unit's fix could have shown.
 *
 * @param sourceRef            the inspection id or the Open311 request id of the finding; the request follows the order
 * @param findingAt            when the finding was made (inspected, reported), not when it arrived
 * @param reports              how many findings the order has now, the one that opened it included
 * @param priorityVerification true when the finding came after the unit's submission: the office verifies it first
 */
public record RectificationEvidenceAdded(
        OrderRef order,
        OrderSource source,
        String sourceRef,
        String description,
        List<String> evidenceIds,
        OffsetDateTime findingAt,
        int reports,
        boolean priorityVerification,
        OffsetDateTime at)
        implements OrderEvent {

    public RectificationEvidenceAdded {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}
