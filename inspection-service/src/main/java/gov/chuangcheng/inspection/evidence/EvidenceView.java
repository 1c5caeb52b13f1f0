package gov.chuangcheng.inspection.evidence;

import java.time.Instant;

/** What an upload answers: the id inspections and rectifications reference, and the digest of the bytes kept. */
public record EvidenceView(
        String id,
        String sha256,
        String contentType,
        long sizeBytes,
        Integer width,
        Integer height,
        String fileName,
        String uploadedBy,
        Instant uploadedAt) {

    static EvidenceView of(Evidence e) {
        return new EvidenceView(
                e.id.toString(),
                e.sha256,
                e.imageType.mediaType(),
                e.sizeBytes,
                e.widthPx,
                e.heightPx,
                e.fileName,
                e.uploadedBy,
                e.uploadedAt);
    }
}
