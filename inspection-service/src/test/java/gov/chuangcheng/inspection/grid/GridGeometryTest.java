package gov.chuangcheng.inspection.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.inspection.point.ChinaCoordinates;
import gov.chuangcheng.inspection.point.Crs;
import gov.chuangcheng.inspection.point.Geo;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.platform.problem.Problem;
import org.junit.jupiter.api.Test;

class GridGeometryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static GeoJsonGeometries.Result read(String geometry) {
        return GeoJsonGeometries.read(json(geometry), "features[0].geometry", Crs.WGS84, 10_000);
    }

    private static GridGeometry valid(String geometry) {
        GeoJsonGeometries.Result r = read(geometry);
        assertTrue(r.valid(), () -> "expected valid, got " + r.errors());
        return r.geometry();
    }

    private static Problem.FieldError onlyError(String geometry) {
        GeoJsonGeometries.Result r = read(geometry);
        assertFalse(r.valid(), "expected an error");
        return r.errors().get(0);
    }

    /** A square 0.01° a side with a 0.004° hole in its middle. */
    private static final String SQUARE_WITH_HOLE = """
            {"type":"Polygon","coordinates":[
              [[120.00,30.00],[120.01,30.00],[120.01,30.01],[120.00,30.01],[120.00,30.00]],
              [[120.003,30.003],[120.003,30.007],[120.007,30.007],[120.007,30.003],[120.003,30.003]]]}""";

    @Test
    void aPositionInTheHoleIsOutsideAndAroundItInside() {
        GridGeometry g = valid(SQUARE_WITH_HOLE);
        assertTrue(g.contains(new LatLon(30.001, 120.001)));
        assertFalse(g.contains(new LatLon(30.005, 120.005)), "in the hole");
        assertFalse(g.contains(new LatLon(30.02, 120.005)), "outside the shell");
        assertEquals(10, g.positionCount());
        // ≈ 1111 m × 962 m minus the hole's 16 %
        double full = 0.01 * Math.PI * Geo.EARTH_RADIUS_METERS / 180;
        double expected = full * full * Math.cos(Math.toRadians(30.005)) * (1 - 0.16);
        assertEquals(expected, g.areaSquareMeters(), expected * 0.01);
    }

    @Test
    void aMultiPolygonContainsWhatAnyOfItsPolygonsContains() {
        GridGeometry g = valid("""
                {"type":"MultiPolygon","coordinates":[
                  [[[120.00,30.00],[120.01,30.00],[120.01,30.01],[120.00,30.01],[120.00,30.00]]],
                  [[[121.00,31.00],[121.01,31.00],[121.01,31.01],[121.00,31.00]]]]}""");
        assertTrue(g.contains(new LatLon(30.005, 120.005)));
        assertTrue(g.contains(new LatLon(31.002, 121.008)), "in the triangle");
        assertFalse(g.contains(new LatLon(31.008, 121.002)), "beside the triangle");
        assertFalse(g.contains(new LatLon(30.5, 120.5)), "between the two");
    }

    @Test
    void aBowTieIsRefusedNamingTheRing() {
        Problem.FieldError e = onlyError("""
                {"type":"Polygon","coordinates":[
                  [[120.00,30.00],[120.01,30.01],[120.01,30.00],[120.00,30.01],[120.00,30.00]]]}""");
        assertEquals("features[0].geometry.coordinates[0]", e.field());
        assertTrue(e.message().contains("crosses itself"), e.message());
    }

    @Test
    void aRingThatTouchesItselfOrDoublesBackIsRefused() {
        // the fifth position lies on the first edge
        assertTrue(onlyError("""
                {"type":"Polygon","coordinates":[
                  [[120.00,30.00],[120.02,30.00],[120.02,30.01],[120.01,30.01],[120.01,30.00],[120.005,30.005],
                   [120.00,30.00]]]}""").message().contains("touches"));
        // a spike: out along an edge and back
        assertEquals("features[0].geometry.coordinates[0]", onlyError("""
                        {"type":"Polygon","coordinates":[
                          [[120.00,30.00],[120.02,30.00],[120.01,30.00],[120.01,30.01],[120.00,30.00]]]}""").field());
    }

    @Test
    void ringsMustBeClosedLongEnoughAndInRange() {
        assertEquals("features[0].geometry.coordinates[0]", onlyError("""
                        {"type":"Polygon","coordinates":[[[120,30],[121,30],[121,31],[120,31]]]}""").field());
        assertTrue(onlyError("""
                        {"type":"Polygon","coordinates":[[[120,30],[121,30],[120,30]]]}""").message().contains("at least 4"));
        Problem.FieldError range = onlyError("""
                {"type":"Polygon","coordinates":[[[120,30],[181,30],[121,31],[120,30]]]}""");
        assertEquals("features[0].geometry.coordinates[0][1]", range.field());
        assertEquals("features[0].geometry.coordinates[0][2]", onlyError("""
                        {"type":"Polygon","coordinates":[[[120,30],[121,30],["121",31],[120,30]]]}""").field());
        assertEquals("features[0].geometry.type", onlyError("""
                        {"type":"Point","coordinates":[120,30]}""").field());
    }

    @Test
    void aHoleOutsideItsShellIsRefused() {
        Problem.FieldError e = onlyError("""
                {"type":"Polygon","coordinates":[
                  [[120.00,30.00],[120.01,30.00],[120.01,30.01],[120.00,30.01],[120.00,30.00]],
                  [[120.008,30.003],[120.008,30.007],[120.012,30.007],[120.012,30.003],[120.008,30.003]]]}""");
        assertEquals("features[0].geometry.coordinates[1]", e.field());
    }

    @Test
    void tooManyPositionsAreRefusedBeforeAnyRingIsChecked() {
        StringBuilder ring = new StringBuilder("[");
        int n = 10_001;
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            ring.append('[')
                    .append(120 + 0.01 * Math.cos(a))
                    .append(',')
                    .append(30 + 0.01 * Math.sin(a))
                    .append("],");
        }
        ring.append("[120.01,30.0]]");
        Problem.FieldError e = onlyError("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}");
        assertEquals("features[0].geometry.coordinates", e.field());
        assertTrue(e.message().contains("10000"), e.message());
    }

    @Test
    void aLargeSimpleRingIsCheckedQuickly() {
        StringBuilder ring = new StringBuilder("[");
        int n = 9_999;
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            ring.append('[')
                    .append(120 + 0.01 * Math.cos(a))
                    .append(',')
                    .append(30 + 0.01 * Math.sin(a))
                    .append("],");
        }
        ring.append('[').append(120 + 0.01).append(',').append(30.0).append("]]");
        long start = System.nanoTime();
        GridGeometry g = valid("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}");
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "took too long");
        assertTrue(g.contains(new LatLon(30, 120)));
    }

    @Test
    void gcj02AndBd09CoordinatesAreStoredAsWgs84() {
        LatLon wgs = new LatLon(30.2741, 120.1551);
        LatLon gcj = ChinaCoordinates.wgs84ToGcj02(wgs.lat(), wgs.lon());
        LatLon bd = ChinaCoordinates.gcj02ToBd09(gcj.lat(), gcj.lon());
        String ring = "[[%s,%s],[%s,%s],[%s,%s],[%s,%s]]"
                .formatted(
                        bd.lon() - 0.001,
                        bd.lat() - 0.001,
                        bd.lon() + 0.001,
                        bd.lat() - 0.001,
                        bd.lon(),
                        bd.lat() + 0.001,
                        bd.lon() - 0.001,
                        bd.lat() - 0.001);
        GeoJsonGeometries.Result r = GeoJsonGeometries.read(
                json("{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}"), "g", Crs.BD09, 100);
        assertTrue(r.valid(), r.errors().toString());
        assertTrue(r.geometry().contains(wgs), "the WGS-84 position lies in the converted triangle");
        // the BD-09 position itself, read as WGS-84, lies ~ 1 km off: outside
        assertFalse(r.geometry().contains(bd));
    }

    @Test
    void bd09RoundTripsWithinCentimetresAndIsHundredsOfMetresFromGcj02() {
        double[][] places = {{30.2741, 120.1551}, {39.9088, 116.3975}, {22.5431, 114.0579}};
        for (double[] p : places) {
            LatLon gcj = new LatLon(p[0], p[1]);
            LatLon bd = ChinaCoordinates.gcj02ToBd09(gcj.lat(), gcj.lon());
            LatLon back = ChinaCoordinates.bd09ToGcj02(bd.lat(), bd.lon());
            assertTrue(Geo.distanceMeters(back, gcj) < 0.1, "round trip error at " + p[0]);
            double shift = Geo.distanceMeters(bd, gcj);
            assertTrue(shift > 500 && shift < 1500, "BD-09 shift " + shift);
            LatLon wgs = ChinaCoordinates.bd09ToWgs84(bd.lat(), bd.lon());
            LatLon expected = ChinaCoordinates.gcj02ToWgs84(gcj.lat(), gcj.lon());
            assertTrue(Geo.distanceMeters(wgs, expected) < 0.1);
            assertEquals(wgs, LatLon.toWgs84(bd.lat(), bd.lon(), Crs.BD09));
        }
    }

    @Test
    void baiduPublishedPairMatches() {
        // 天安门 as Baidu Maps shows it (BD-09) and as AMap shows it (GCJ-02): the same place
        LatLon gcj = ChinaCoordinates.bd09ToGcj02(39.915119, 116.403963);
        assertTrue(Geo.distanceMeters(gcj, new LatLon(39.908823, 116.397470)) < 20, gcj.toString());
    }
}
