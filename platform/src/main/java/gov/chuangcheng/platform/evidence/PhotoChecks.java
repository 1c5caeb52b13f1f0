package gov.chuangcheng.platform.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

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
