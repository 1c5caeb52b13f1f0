package gov.chuangcheng.accountability.evidence;

import java.time.Instant;

/** What is known of one evidence photo (from {@code cc.evidence.uploaded.v1}); time taken and position may be null. */
public record KnownPhoto(
        String evidenceId,
        String sha256,
        String uploadedBy,
        Instant uploadedAt,
        Instant takenAt,
        Double lat,
        Double lon) {}
