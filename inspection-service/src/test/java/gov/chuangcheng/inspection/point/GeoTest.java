package gov.chuangcheng.inspection.point;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeoTest {

    @Test
    void haversineDistances() {
        // one degree of latitude ≈ 111.195 km on the mean sphere
        assertEquals(111_195, Geo.distanceMeters(new LatLon(30, 120), new LatLon(31, 120)), 5);
        // Beijing → Shanghai ≈ 1067 km
        assertEquals(
                1_067_000, Geo.distanceMeters(new LatLon(39.9042, 116.4074), new LatLon(31.2304, 121.4737)), 3_000);
        assertEquals(0, Geo.distanceMeters(new LatLon(30, 120), new LatLon(30, 120)), 1e-9);
        // a longitude degree shrinks with latitude: at 60° it is half as long as at the equator
        double atEquator = Geo.distanceMeters(new LatLon(0, 10), new LatLon(0, 11));
        double at60 = Geo.distanceMeters(new LatLon(60, 10), new LatLon(60, 11));
        assertEquals(0.5, at60 / atEquator, 0.002);
    }

    @Test
    void theBoundingBoxContainsTheCircleAndLittleMore() {
        LatLon center = new LatLon(30.27, 120.15);
        Geo.BoundingBox box = Geo.boxAround(center, 1000);
        for (int bearing = 0; bearing < 360; bearing += 15) {
            double rad = Math.toRadians(bearing);
            // a point 999 m away in each direction
            double dLat = 999 * Math.cos(rad) / 111_195.0;
            double dLon = 999 * Math.sin(rad) / (111_195.0 * Math.cos(Math.toRadians(center.lat())));
            LatLon p = new LatLon(center.lat() + dLat, center.lon() + dLon);
            assertTrue(Geo.distanceMeters(center, p) <= 1000);
            assertTrue(box.contains(p), "bearing " + bearing);
        }
        assertFalse(box.contains(new LatLon(center.lat() + 0.0100, center.lon())));
        assertFalse(box.contains(new LatLon(center.lat(), center.lon() + 0.0120)));
    }
}
