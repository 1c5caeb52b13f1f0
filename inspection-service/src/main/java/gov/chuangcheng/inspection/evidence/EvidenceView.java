package gov.chuangcheng.inspection.evidence;

import java.time.Instant;

/**
 * What an upload answers: the id inspections and rectifications reference, and the digest of the bytes kept;
 * {@code takenAt}, {@code latitude}, {@code longitude}: what the photo's EXIF says (null when it does not).
 */
public record EvidenceView(
        String id,
        String sha256,
        String contentType,
        long sizeBytes,
        Integer width,
        Integer height,
        String fileName,
        String uploadedBy,
        Instant uploadedAt,
        Instant takenAt,
        Double latitude,
        Double longitude) {

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
                e.uploadedAt,
                e.takenAt,
                e.takenLat,
                e.takenLon);
    }
}
