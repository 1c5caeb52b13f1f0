package gov.chuangcheng.accountability.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checks of a unit's after-photos against what is known of them: plain rules, no I/O. When a photo is doubtful by
 * its age or position is the district's rule ({@link gov.chuangcheng.platform.evidence.PhotoChecks}).
 */
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
}
