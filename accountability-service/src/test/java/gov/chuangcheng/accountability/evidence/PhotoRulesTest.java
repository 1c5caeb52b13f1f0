package gov.chuangcheng.accountability.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhotoRulesTest {

    private static final Instant UPLOADED = Instant.parse("2026-11-25T02:00:00Z");

    private static KnownPhoto photo(String id, String sha, Instant takenAt) {
        return new KnownPhoto(id, sha, "cgj1", UPLOADED, takenAt, null, null);
    }

    @Test
    void anAfterPhotoWithTheIdOrTheDigestOfABeforePhotoIsADuplicate() {
        Map<String, KnownPhoto> known = Map.of(
                "b1", photo("b1", "aaa", null),
                "a1", photo("a1", "bbb", null),
                "a2", photo("a2", "aaa", null));
        List<PhotoRules.Duplicate> duplicates =
                PhotoRules.duplicatesOfBefore(List.of("a1", "a2", "b1", "unknown"), List.of("b1"), known);
        assertEquals(
                List.of(new PhotoRules.Duplicate(1, "a2", "b1"), new PhotoRules.Duplicate(2, "b1", "b1")), duplicates);
        assertEquals("evidenceIds[1]", duplicates.get(0).field());
        assertEquals("照片a2与整改前照片b1相同（重复照片），请上传整改后的现场照片", duplicates.get(0).message());
        assertEquals("照片b1与整改前照片相同（重复照片），请上传整改后的现场照片", duplicates.get(1).message());
    }

    @Test
    void photosNotKnownYetAreCheckedByTheirIdOnly() {
        // neither the after-photo nor the before-photo has been heard of: only an equal id is a duplicate
        assertEquals(List.of(), PhotoRules.duplicatesOfBefore(List.of("a1"), List.of("b1"), Map.of()));
        assertEquals(
                List.of(new PhotoRules.Duplicate(0, "b1", "b1")),
                PhotoRules.duplicatesOfBefore(List.of("b1"), List.of("b1"), Map.of()));
        // a known after-photo whose before-photo is not known yet cannot be compared
        assertEquals(
                List.of(),
                PhotoRules.duplicatesOfBefore(List.of("a1"), List.of("b1"), Map.of("a1", photo("a1", "x", null))));
    }
}
