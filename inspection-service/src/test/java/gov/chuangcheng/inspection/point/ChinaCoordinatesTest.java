package gov.chuangcheng.inspection.point;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChinaCoordinatesTest {

    /** Reference pairs {wgsLat, wgsLon, gcjLat, gcjLon} from eviltransform's own test suite. */
    private static final double[][] PAIRS = {
        {31.1774276, 121.5272106, 31.17530398364597, 121.531541859215}, // Shanghai
        {22.543847, 113.912316, 22.540796131694766, 113.9171764808363}, // Shenzhen
        {39.911954, 116.377817, 39.91334545536069, 116.38404722455657}, // Beijing, west of Tiananmen
    };

    @Test
    void forwardTransformMatchesTheReferencePairs() {
        for (double[] p : PAIRS) {
            LatLon gcj = ChinaCoordinates.wgs84ToGcj02(p[0], p[1]);
            // the published pairs are given to ~1e-6° (the reference suite compares 5 decimals): ≈ 10 cm
            assertEquals(p[2], gcj.lat(), 1e-6);
            assertEquals(p[3], gcj.lon(), 1e-6);
        }
    }

    @Test
    void inverseRecoversWgs84WithinOneMetre() {
        for (double[] p : PAIRS) {
            LatLon wgs = ChinaCoordinates.gcj02ToWgs84(p[2], p[3]);
            double error = Geo.distanceMeters(wgs, new LatLon(p[0], p[1]));
            assertTrue(error < 1.0, "error " + error + " m at " + p[0] + "," + p[1]);
            // and the iteration itself converges far below that: GCJ → WGS → GCJ returns to the start
            LatLon again = ChinaCoordinates.wgs84ToGcj02(wgs.lat(), wgs.lon());
            assertTrue(Geo.distanceMeters(again, new LatLon(p[2], p[3])) < 0.001);
        }
    }

    @Test
    void tiananmenRoundTripsAndTheShiftIsHundredsOfMetres() {
        LatLon tiananmenGcj = new LatLon(39.908823, 116.397470); // as AMap shows 天安门
        LatLon wgs = ChinaCoordinates.gcj02ToWgs84(tiananmenGcj.lat(), tiananmenGcj.lon());
        LatLon back = ChinaCoordinates.wgs84ToGcj02(wgs.lat(), wgs.lon());
        assertTrue(Geo.distanceMeters(back, tiananmenGcj) < 0.01);
        double shift = Geo.distanceMeters(wgs, tiananmenGcj);
        assertTrue(shift > 300 && shift < 800, "GCJ-02 shift at Tiananmen is several hundred metres, got " + shift);
    }

    @Test
    void outsideChinaNothingIsShifted() {
        LatLon paris = ChinaCoordinates.gcj02ToWgs84(48.8584, 2.2945);
        assertEquals(48.8584, paris.lat(), 0);
        assertEquals(2.2945, paris.lon(), 0);
        LatLon tokyo = ChinaCoordinates.wgs84ToGcj02(35.6812, 139.7671);
        assertEquals(35.6812, tokyo.lat(), 0);
        assertEquals(139.7671, tokyo.lon(), 0);
        assertTrue(ChinaCoordinates.outOfChina(48.8584, 2.2945));
    }

    @Test
    void wgs84InputIsStoredAsIs() {
        LatLon p = LatLon.toWgs84(30.5, 114.3, Crs.WGS84);
        assertEquals(30.5, p.lat(), 0);
        assertEquals(114.3, p.lon(), 0);
        LatLon converted = LatLon.toWgs84(30.5, 114.3, Crs.GCJ02);
        assertTrue(Geo.distanceMeters(p, converted) > 100);
    }
}
