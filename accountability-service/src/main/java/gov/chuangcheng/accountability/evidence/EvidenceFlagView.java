package gov.chuangcheng.accountability.evidence;

import java.time.Instant;

/** A flag on one of an order's photos as clients see it; {@code otherOrderNumber} for a photo reused elsewhere. */
public record EvidenceFlagView(
        String evidenceId,
        EvidenceFlagKind kind,
        String kindName,
        String otherOrderId,
        String otherOrderNumber,
        String detail,
        Instant flaggedAt) {}
