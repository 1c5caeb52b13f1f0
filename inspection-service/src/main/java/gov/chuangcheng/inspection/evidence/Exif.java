package gov.chuangcheng.inspection.evidence;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * What a photo says about itself (EXIF): when the camera took it, as the camera's clock showed it (EXIF has no zone),
 * and where the camera was (WGS-84 decimal degrees). Any part may be missing; a photo without EXIF has {@link #NONE}.
 */
public record Exif(LocalDateTime takenAt, Double latitude, Double longitude) {

    public static final Exif NONE = new Exif(null, null, null);

    public Exif {
        if ((latitude == null) != (longitude == null)) {
            latitude = null;
            longitude = null;
        }
    }

    public boolean hasPosition() {
        return latitude != null;
    }

    /** The time taken as an instant of {@code zone}, the district's: a phone's clock shows local time. */
    public OffsetDateTime takenAt(ZoneId zone) {
        return takenAt == null ? null : takenAt.atZone(zone).toOffsetDateTime();
    }
}
