package gov.chuangcheng.platform.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PhotoChecksTest {

    private static final Instant UPLOADED = Instant.parse("2026-11-25T02:00:00Z");

    private static PhotoChecks checks(Duration maxAge, double maxMeters) {
        return new PhotoChecks() {
            @Override
            public Duration maxAgeAtUpload() {
                return maxAge;
            }

            @Override
            public double maxDistanceMeters() {
                return maxMeters;
            }
        };
    }

    @Test
    void aPhotoTakenLongerThanTheLimitBeforeItsUploadIsFlagged() {
        PhotoChecks checks = checks(Duration.ofHours(72), 200);
        assertEquals(Optional.empty(), checks.takenLongBeforeUpload(null, UPLOADED));
        assertEquals(Optional.empty(), checks.takenLongBeforeUpload(UPLOADED.minus(Duration.ofHours(72)), UPLOADED));
        assertEquals(
                Optional.of("照片拍摄于上传前3天（超过3天）"),
                checks.takenLongBeforeUpload(
                        UPLOADED.minus(Duration.ofHours(72)).minusSeconds(60), UPLOADED));
        assertEquals(
                Optional.of("照片拍摄于上传前30小时（超过24小时）"),
                checks(Duration.ofHours(24), 200)
                        .takenLongBeforeUpload(UPLOADED.minus(Duration.ofHours(30)), UPLOADED));
        // a camera clock ahead of the upload is no old photo
        assertEquals(Optional.empty(), checks.takenLongBeforeUpload(UPLOADED.plusSeconds(3600), UPLOADED));
    }

    @Test
    void aPhotoFartherThanTheLimitFromThePointIsFlagged() {
        // about 111 m north of the point
        assertEquals(
                Optional.empty(),
                checks(Duration.ofHours(72), 200).farFromPoint(30.27512, 120.15515, 30.27412, 120.15515));
        assertEquals(
                Optional.of("照片拍摄位置距点位111米（超过100米）"),
                checks(Duration.ofHours(72), 100).farFromPoint(30.27512, 120.15515, 30.27412, 120.15515));
        // a photo or a point that does not say where it is is not judged
        assertEquals(Optional.empty(), checks(Duration.ofHours(72), 100).farFromPoint(30.27512, 120.15515, null, null));
        assertEquals(Optional.empty(), checks(Duration.ofHours(72), 100).farFromPoint(null, null, 30.0, 120.0));
    }

    @Test
    void theDistanceIsTheGreatCircleOne() {
        // 天安门 → 上海人民广场: about 1,067 km
        double meters = PhotoChecks.distanceMeters(39.9087, 116.3975, 31.2304, 121.4737);
        assertEquals(1_067_000, meters, 5_000);
    }
}
