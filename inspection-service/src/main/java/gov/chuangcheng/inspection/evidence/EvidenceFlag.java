package gov.chuangcheng.inspection.evidence;

import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.platform.evidence.PhotoChecks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Something about a photo the office should look at (存疑), never a reason to refuse it: it was taken long before it
 * was uploaded (an old photo offered as new), or its camera position is far from the point it documents.
 *
 * @param kind {@code TAKEN_LONG_BEFORE_UPLOAD} or {@code FAR_FROM_POINT}
 * @param kindName the kind in Chinese
 * @param detail what was found, in Chinese
 */
public record EvidenceFlag(String evidenceId, String kind, String kindName, String detail) {

    public static final String TAKEN_LONG_BEFORE_UPLOAD = "TAKEN_LONG_BEFORE_UPLOAD";
    public static final String FAR_FROM_POINT = "FAR_FROM_POINT";

    /**
     * The flags of a photo taken at {@code takenAt} (null: unknown) at {@code taken} (null: unknown), uploaded at
     * {@code uploadedAt}, documenting the point at {@code point} (null: unknown), by the district's {@code checks}. An
     * unknown is no flag.
     */
    public static List<EvidenceFlag> of(
            String evidenceId, Instant takenAt, Instant uploadedAt, LatLon taken, LatLon point, PhotoChecks checks) {
        List<EvidenceFlag> flags = new ArrayList<>();
        checks.takenLongBeforeUpload(takenAt, uploadedAt)
                .ifPresent(detail ->
                        flags.add(new EvidenceFlag(evidenceId, TAKEN_LONG_BEFORE_UPLOAD, "拍摄时间早于上传时间过久", detail)));
        checks.farFromPoint(
                        taken == null ? null : taken.lat(),
                        taken == null ? null : taken.lon(),
                        point == null ? null : point.lat(),
                        point == null ? null : point.lon())
                .ifPresent(detail -> flags.add(new EvidenceFlag(evidenceId, FAR_FROM_POINT, "拍摄位置远离点位", detail)));
        return flags;
    }
}
