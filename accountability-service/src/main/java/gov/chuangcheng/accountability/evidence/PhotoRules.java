package gov.chuangcheng.accountability.evidence;

import gov.chuangcheng.platform.evidence.PhotoChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The checks of a unit's after-photos against what is known of them: plain rules, no I/O. */
public final class PhotoRules {

    private PhotoRules() {}

    /** An after-photo, at {@code index} of the submission, that is one of the order's own before-photos. */
    public record Duplicate(int index, String evidenceId, String beforeEvidenceId) {

        /** The field the refusal names. */
        public String field() {
            return "evidenceIds[" + index + "]";
        }

        public String message() {
            return "照片" + evidenceId + "与整改前照片" + (evidenceId.equals(beforeEvidenceId) ? "" : beforeEvidenceId)
                    + "相同（重复照片），请上传整改后的现场照片";
        }
    }

    /**
     * The after-photos that are a before-photo of the same order: the same id, or a known photo with the digest of a
     * known before-photo. An after-photo not known yet is checked by its id only.
     */
    public static List<Duplicate> duplicatesOfBefore(
            List<String> after, List<String> before, Map<String, KnownPhoto> known) {
        List<Duplicate> duplicates = new ArrayList<>();
        Set<String> beforeIds = Set.copyOf(before);
        for (int i = 0; i < after.size(); i++) {
            String id = after.get(i);
            if (beforeIds.contains(id)) {
                duplicates.add(new Duplicate(i, id, id));
                continue;
            }
            KnownPhoto photo = known.get(id);
            if (photo == null) {
                continue;
            }
            Optional<String> same = before.stream()
                    .filter(b -> known.containsKey(b) && known.get(b).sha256().equals(photo.sha256()))
                    .findFirst();
            if (same.isPresent()) {
                duplicates.add(new Duplicate(i, id, same.get()));
            }
        }
        return duplicates;
    }

    /**
     * What to say when inspection-service judged {@code photo} taken too long before its upload; empty otherwise. The
     * age comes from the photo's own EXIF time.
     */
    public static Optional<String> takenLongBeforeUpload(KnownPhoto photo) {
        if (!photo.takenLongBeforeUpload() || photo.takenAt() == null || photo.uploadedAt() == null) {
            return Optional.empty();
        }
        return Optional.of("照片拍摄于上传前" + words(Duration.between(photo.takenAt(), photo.uploadedAt())) + "，超过上传时限");
    }

    /**
     * What to say when {@code photo} was taken farther than {@code maxMeters} from the point at ({@code lat},
     * {@code lon}); empty when it is near, or when the photo or the point does not say where it is.
     */
    public static Optional<String> farFromPoint(KnownPhoto photo, Double lat, Double lon, double maxMeters) {
        if (photo.lat() == null || photo.lon() == null || lat == null || lon == null) {
            return Optional.empty();
        }
        long meters = Math.round(PhotoChecks.distanceMeters(photo.lat(), photo.lon(), lat, lon));
        if (meters <= maxMeters) {
            return Optional.empty();
        }
        return Optional.of("照片拍摄位置距点位" + meters + "米（超过" + Math.round(maxMeters) + "米）");
    }

    private static String words(Duration d) {
        long hours = d.toHours();
        return hours >= 48 ? (hours / 24) + "天" : hours + "小时";
    }
}
