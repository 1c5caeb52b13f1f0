package gov.chuangcheng.inspection.point;

/**
 * GCJ-02 (国测局坐标, "Mars coordinates") ↔ WGS-84, and BD-09 (百度坐标) → GCJ-02, after the widely used open-source eviltransform algorithm
 * (github.com/googollee/eviltransform). Chinese map front ends (AMap, Tencent) display and report GCJ-02, which is
 * shifted by up to several hundred metres from GPS positions; outside mainland China both systems are equal.
 *
 * <p>The forward transform (WGS-84 → GCJ-02) is the published closed form. There is no closed inverse, so
 * {@link #gcj02ToWgs84} iterates: starting from the GCJ-02 position, it repeatedly corrects the guess by the error its
 * forward transform makes, until the correction is below 1e-10° (≈ 0.01 mm); a handful of iterations suffice.
 */
public final class ChinaCoordinates {

    private static final double A = 6378137.0; // semi-major axis (Krasovsky, as used by GCJ-02)
    private static final double EE = 0.00669342162296594323; // eccentricity squared
    private static final double TOLERANCE_DEGREES = 1e-10;
    private static final int MAX_ITERATIONS = 50;
    private static final double BD_FACTOR = Math.PI * 3000.0 / 180.0;

    private ChinaCoordinates() {}

    /** The rough bounding box of mainland China used by every implementation of the algorithm. */
    public static boolean outOfChina(double lat, double lon) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    public static LatLon wgs84ToGcj02(double lat, double lon) {
        if (outOfChina(lat, lon)) {
            return new LatLon(lat, lon);
        }
        double[] d = delta(lat, lon);
        return new LatLon(lat + d[0], lon + d[1]);
    }

    public static LatLon gcj02ToWgs84(double gcjLat, double gcjLon) {
        if (outOfChina(gcjLat, gcjLon)) {
            return new LatLon(gcjLat, gcjLon);
        }
        double lat = gcjLat;
        double lon = gcjLon;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            LatLon forward = wgs84ToGcj02(lat, lon);
            double errLat = forward.lat() - gcjLat;
            double errLon = forward.lon() - gcjLon;
            lat -= errLat;
            lon -= errLon;
            if (Math.abs(errLat) < TOLERANCE_DEGREES && Math.abs(errLon) < TOLERANCE_DEGREES) {
                break;
            }
        }
        return new LatLon(lat, lon);
    }

    /**
     * BD-09 (百度坐标, Baidu's further offset of GCJ-02) → GCJ-02, by the closed form Baidu's own clients use: x = lon −
     * 0.0065, y = lat − 0.006, z = √(x² + y²) − 0.00002·sin(y·π·3000/180), θ = atan2(y, x) − 0.000003·cos(x·π·3000/180),
     * gcjLon = z·cos θ, gcjLat = z·sin θ. Good to a few centimetres; applied everywhere (Baidu does not limit it to
     * China).
     */
    public static LatLon bd09ToGcj02(double bdLat, double bdLon) {
        double x = bdLon - 0.0065;
        double y = bdLat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BD_FACTOR);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * BD_FACTOR);
        return new LatLon(z * Math.sin(theta), z * Math.cos(theta));
    }

    /** GCJ-02 → BD-09, the forward form of {@link #bd09ToGcj02}. */
    public static LatLon gcj02ToBd09(double gcjLat, double gcjLon) {
        double x = gcjLon;
        double y = gcjLat;
        double z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * BD_FACTOR);
        double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * BD_FACTOR);
        return new LatLon(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065);
    }

    /** BD-09 → WGS-84: through GCJ-02. */
    public static LatLon bd09ToWgs84(double bdLat, double bdLon) {
        LatLon gcj = bd09ToGcj02(bdLat, bdLon);
        return gcj02ToWgs84(gcj.lat(), gcj.lon());
    }

    /** The GCJ-02 offset {dLat, dLon} in degrees at a WGS-84 position. */
    private static double[] delta(double lat, double lon) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = transformLat(x, y);
        double dLon = transformLon(x, y);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLat, dLon};
    }

    private static double transformLat(double x, double y) {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double transformLon(double x, double y) {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
