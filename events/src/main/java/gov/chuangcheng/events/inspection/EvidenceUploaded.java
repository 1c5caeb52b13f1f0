package gov.chuangcheng.events.inspection;

import java.time.OffsetDateTime;

/**
 * {@code cc.evidence.uploaded.v1}: a photo was uploaded as evidence (取证照片) — by an inspector documenting a finding or
 * by a unit documenting its fix. Keyed by the evidence id (an upload belongs to no point yet). A re-upload of the same
 * bytes by the same person returns the earlier upload and publishes nothing.
 *
 * @param sha256 hex SHA-256 of the photo's bytes: two photos with the same digest are the same photo
 * @param uploaderUnit the uploader's unit (a department), null for inspectors and the office
 * @param takenAt when the camera took the photo (EXIF DateTimeOriginal, read in the district's zone), null when the
 *     photo does not say
 * @param latitude where the camera was (EXIF GPS, WGS-84 decimal degrees), null when the photo does not say
 * @param longitude as {@code latitude}
 */
public record EvidenceUploaded(
        String evidenceId,
        String sha256,
        String uploadedBy,
        String uploaderUnit,
        String contentType,
        long sizeBytes,
        OffsetDateTime uploadedAt,
        OffsetDateTime takenAt,
        Double latitude,
        Double longitude) {}
