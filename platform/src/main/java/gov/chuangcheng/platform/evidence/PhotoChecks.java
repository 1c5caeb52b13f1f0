package gov.chuangcheng.platform.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When an evidence photo (取证照片) is doubtful, by what it says of itself (EXIF): one setting for the whole district,
 * read by inspection-service for inspections and by accountability-service for a unit's fix. A doubtful photo is
 * flagged for the office, never refused.
 */
@ConfigMapping(prefix = "cc.photo-checks")
public interface PhotoChecks {

    /** A photo taken longer than this before its upload is flagged (拍摄时间早于上传时间过久). */
    @WithDefault("PT72H")
    Duration maxAgeAtUpload();

    /** A photo taken farther than this from the point it documents is flagged (拍摄位置远离点位). */
    @WithDefault("200")
    double maxDistanceMeters();

    /**
     * What to say of a photo taken at {@code takenAt} and uploaded at {@code uploadedAt} when that is longer ago than
     * {@link #maxAgeAtUpload()}; empty when it is not, or when either time is unknown.
     */
    default Optional<String> takenLongBeforeUpload(Instant takenAt, Instant uploadedAt) {
        if (takenAt == null
                || uploadedAt == null
                || !takenAt.plus(maxAgeAtUpload()).isBefore(uploadedAt)) {
            return Optional.empty();
        }
        return Optional.of(
                "照片拍摄于上传前" + words(Duration.between(takenAt, uploadedAt)) + "（超过" + words(maxAgeAtUpload()) + "）");
    }

    /**
     * What to say of a photo taken at ({@code lat}, {@code lon}) documenting the point at ({@code pointLat},
     * {@code pointLon}) when it is farther than {@link #maxDistanceMeters()}; empty when it is not, or when either
     * position is unknown.
     */
    default Optional<String> farFromPoint(Double lat, Double lon, Double pointLat, Double pointLon) {
        if (lat == null || lon == null || pointLat == null || pointLon == null) {
            return Optional.empty();
        }
        long meters = Math.round(distanceMeters(lat, lon, pointLat, pointLon));
        if (meters <= maxDistanceMeters()) {
            return Optional.empty();
        }
        return Optional.of("照片拍摄位置距点位" + meters + "米（超过" + Math.round(maxDistanceMeters()) + "米）");
    }

    /** A duration as the office says it: in days from two days on, else in hours. */
    static String words(Duration d) {
        long hours = d.toHours();
        return hours >= 48 ? (hours / 24) + "天" : hours + "小时";
    }

    /** Great-circle distance in metres (haversine, mean earth radius): the one formula every service uses. */
    static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** Mean earth radius in metres (IUGG). */
    double EARTH_RADIUS_METERS = 6371008.8;
}
