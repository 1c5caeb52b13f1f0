package gov.chuangcheng.inspection.grid;

import gov.chuangcheng.inspection.point.Geo;
import gov.chuangcheng.inspection.point.LatLon;
import java.util.ArrayList;
import java.util.List;

/**
 * The area of a grid: one or more polygons (a GeoJSON MultiPolygon; a Polygon is one of one), each a shell with
 * holes, in WGS-84. Valid by construction when it comes from {@link GeoJsonGeometries#read}. Pure.
 */
public record GridGeometry(List<Polygon> polygons) {

    /** A ring: closed (the last position repeats the first), positions as {longitude, latitude}. */
    public record Ring(double[] lons, double[] lats) {

        public int size() {
            return lons.length;
        }

        /** Even-odd ray casting; a position exactly on an edge may fall either way. */
        public boolean contains(double lon, double lat) {
            boolean inside = false;
            for (int i = 0, j = lons.length - 1; i < lons.length; j = i++) {
                if ((lats[i] > lat) != (lats[j] > lat)
                        && lon < (lons[j] - lons[i]) * (lat - lats[i]) / (lats[j] - lats[i]) + lons[i]) {
                    inside = !inside;
                }
            }
            return inside;
        }

        /** Area in square metres on a local equirectangular projection (good for grids of a few kilometres). */
        double areaSquareMeters() {
            double meanLat = 0;
            for (double lat : lats) {
                meanLat += lat;
            }
            meanLat /= lats.length;
            double k = Math.PI * Geo.EARTH_RADIUS_METERS / 180.0;
            double kx = k * Math.cos(Math.toRadians(meanLat));
            double twice = 0;
            for (int i = 0; i < lons.length - 1; i++) {
                twice += (lons[i] * kx) * (lats[i + 1] * k) - (lons[i + 1] * kx) * (lats[i] * k);
            }
            return Math.abs(twice) / 2;
        }

        List<List<Double>> coordinates() {
            List<List<Double>> positions = new ArrayList<>(lons.length);
            for (int i = 0; i < lons.length; i++) {
                positions.add(List.of(lons[i], lats[i]));
            }
            return positions;
        }
    }

    /** A shell and the holes cut out of it. */
    public record Polygon(Ring shell, List<Ring> holes) {

        public boolean contains(double lon, double lat) {
            if (!shell.contains(lon, lat)) {
                return false;
            }
            return holes.stream().noneMatch(h -> h.contains(lon, lat));
        }

        double areaSquareMeters() {
            return shell.areaSquareMeters()
                    - holes.stream().mapToDouble(Ring::areaSquareMeters).sum();
        }
    }

    public GridGeometry {
        polygons = List.copyOf(polygons);
    }

    /** Whether the position (WGS-84) lies inside: in some polygon's shell and in none of its holes. */
    public boolean contains(LatLon p) {
        return polygons.stream().anyMatch(poly -> poly.contains(p.lon(), p.lat()));
    }

    public double areaSquareMeters() {
        return polygons.stream().mapToDouble(Polygon::areaSquareMeters).sum();
    }

    public Geo.BoundingBox boundingBox() {
        double minLat = 90;
        double maxLat = -90;
        double minLon = 180;
        double maxLon = -180;
        for (Polygon poly : polygons) {
            Ring shell = poly.shell();
            for (int i = 0; i < shell.size(); i++) {
                minLat = Math.min(minLat, shell.lats()[i]);
                maxLat = Math.max(maxLat, shell.lats()[i]);
                minLon = Math.min(minLon, shell.lons()[i]);
                maxLon = Math.max(maxLon, shell.lons()[i]);
            }
        }
        return new Geo.BoundingBox(minLat, maxLat, minLon, maxLon);
    }

    public int positionCount() {
        int n = 0;
        for (Polygon poly : polygons) {
            n += poly.shell().size();
            for (Ring hole : poly.holes()) {
                n += hole.size();
            }
        }
        return n;
    }

    /** As a GeoJSON MultiPolygon's {@code coordinates}. */
    public List<List<List<List<Double>>>> coordinates() {
        List<List<List<List<Double>>>> multi = new ArrayList<>();
        for (Polygon poly : polygons) {
            List<List<List<Double>>> rings = new ArrayList<>();
            rings.add(poly.shell().coordinates());
            poly.holes().forEach(h -> rings.add(h.coordinates()));
            multi.add(rings);
        }
        return multi;
    }
}
