package gov.chuangcheng.inspection.point;

import gov.chuangcheng.platform.evidence.PhotoChecks;

/** Distances on the earth (spherical model, good to ~0.5 % — plenty for "is the inspector at the point"). */
public final class Geo {

    /** Mean earth radius in metres (IUGG). The SQL radius search uses the same value. */
    public static final double EARTH_RADIUS_METERS = PhotoChecks.EARTH_RADIUS_METERS;

    private static final double METERS_PER_DEGREE_LAT = Math.PI * EARTH_RADIUS_METERS / 180.0;

    private Geo() {}

    /** Great-circle distance in metres (haversine formula, {@link PhotoChecks#distanceMeters}). */
    public static double distanceMeters(LatLon a, LatLon b) {
        return PhotoChecks.distanceMeters(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /**
     * A latitude/longitude box that contains every point within {@code radiusMeters} of {@code center}: the cheap
     * prefilter (it can use the index) before the exact haversine test.
     */
    public static BoundingBox boxAround(LatLon center, double radiusMeters) {
        double dLat = radiusMeters / METERS_PER_DEGREE_LAT;
        double cos = Math.cos(Math.toRadians(center.lat()));
        double dLon = cos < 1e-6 ? 180.0 : Math.min(180.0, dLat / cos);
        return new BoundingBox(
                Math.max(-90, center.lat() - dLat),
                Math.min(90, center.lat() + dLat),
                center.lon() - dLon,
                center.lon() + dLon);
    }

    public record BoundingBox(double minLat, double maxLat, double minLon, double maxLon) {
        public boolean contains(LatLon p) {
            return p.lat() >= minLat && p.lat() <= maxLat && p.lon() >= minLon && p.lon() <= maxLon;
        }
    }
}
