package gov.chuangcheng.inspection.point;

/** A position in decimal degrees (WGS-84 unless a method says otherwise). */
public record LatLon(double lat, double lon) {

    public static LatLon of(double lat, double lon) {
        return new LatLon(lat, lon);
    }

    /** Converts a position given in {@code crs} to WGS-84. */
    public static LatLon toWgs84(double lat, double lon, Crs crs) {
        if (crs == null) {
            return new LatLon(lat, lon);
        }
        return switch (crs) {
            case GCJ02 -> ChinaCoordinates.gcj02ToWgs84(lat, lon);
            case BD09 -> ChinaCoordinates.bd09ToWgs84(lat, lon);
            case WGS84 -> new LatLon(lat, lon);
        };
    }
}
