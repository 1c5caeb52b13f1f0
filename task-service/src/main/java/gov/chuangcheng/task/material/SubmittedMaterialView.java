package gov.chuangcheng.task.material;

import java.time.Instant;
import java.util.List;

/**
 * A filed material as the API shows it, with every decision of the office on it, oldest first.
 *
 * @param expected    the expected material (应报材料) it is; null when its standard lists none
 * @param contentType what the content is, whatever the client declared
 * @param fileName    the client's name for the file, cleaned: a label, never a path
 */
public record SubmittedMaterialView(
        String id,
        String standardCode,
        String version,
        String expected,
        String taskId,
        String unitCode,
        String fileName,
        MaterialType fileType,
        String contentType,
        long sizeBytes,
        String sha256,
        String note,
        MaterialStatus status,
        String statusName,
        String uploadedBy,
        Instant uploadedAt,
        List<MaterialReviewView> reviews) {

    static SubmittedMaterialView of(SubmittedMaterial m, List<MaterialReview> reviews) {
        return new SubmittedMaterialView(
                m.id,
                m.standardCode,
                m.version,
                m.expectedName,
                m.taskId,
                m.unitCode,
                m.fileName,
                m.fileType,
                m.fileType.mediaType(),
                m.sizeBytes,
                m.sha256,
                m.note,
                m.status,
                m.status.displayName(),
                m.uploadedBy,
                m.uploadedAt,
                reviews.stream().map(MaterialReviewView::of).toList());
    }
}
