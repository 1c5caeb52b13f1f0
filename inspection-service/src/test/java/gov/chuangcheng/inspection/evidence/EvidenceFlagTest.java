package gov.chuangcheng.inspection.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.platform.evidence.PhotoChecks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceFlagTest {

    private static final Instant UPLOADED = Instant.parse("2026-11-25T02:00:00Z");
    private static final LatLon POINT = LatLon.of(34.7466, 113.6253);
    private static final Duration MAX_AGE = Duration.ofHours(72);
    private static final PhotoChecks CHECKS = new PhotoChecks() {
        @Override
        public Duration maxAgeAtUpload() {
            return MAX_AGE;
        }

        @Override
        public double maxDistanceMeters() {
            return 200;
        }
    };

    @Test
    void anOldPhotoAndAFarPhotoAreFlaggedNeverWhatIsUnknown() {
        List<EvidenceFlag> flags = EvidenceFlag.of(
                "e-1", UPLOADED.minus(Duration.ofDays(5)), UPLOADED, LatLon.of(34.7566, 113.6253), POINT, CHECKS);
        assertEquals(
                List.of(EvidenceFlag.TAKEN_LONG_BEFORE_UPLOAD, EvidenceFlag.FAR_FROM_POINT),
                flags.stream().map(EvidenceFlag::kind).toList());
        assertEquals("照片拍摄于上传前5天（超过3天）", flags.get(0).detail());
        assertEquals("照片拍摄位置距点位1112米（超过200米）", flags.get(1).detail());
        assertEquals("拍摄位置远离点位", flags.get(1).kindName());

        assertEquals(List.of(), EvidenceFlag.of("e-1", null, UPLOADED, null, POINT, CHECKS));
        assertEquals(List.of(), EvidenceFlag.of("e-1", UPLOADED.minus(MAX_AGE), UPLOADED, POINT, POINT, CHECKS));
        // a photo 100 m away, and a point whose position is unknown
        assertEquals(List.of(), EvidenceFlag.of("e-1", null, UPLOADED, LatLon.of(34.7475, 113.6253), POINT, CHECKS));
        assertEquals(List.of(), EvidenceFlag.of("e-1", null, UPLOADED, LatLon.of(35.0, 113.6253), null, CHECKS));
    }
}
