package gov.chuangcheng.inspection.grid;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.inspection.point.Crs;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.platform.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads an RFC 7946 Polygon or MultiPolygon into a {@link GridGeometry} in WGS-84, reporting every defect by its
 * JSON path ({@code features[3].geometry.coordinates[0][5]}): rings of at least 4 positions, closed, each position
 * [longitude, latitude] in range, no ring touching or crossing itself, holes inside their shell, at most
 * {@code maxPositions} positions. Coordinates in GCJ-02 or BD-09 are converted before the rings are checked. Polygons
 * of one MultiPolygon are not checked against each other. Pure.
 */
public final class GeoJsonGeometries {

    /** Enough to show what is wrong without answering with a second huge document. */
    static final int MAX_ERRORS = 20;

    private GeoJsonGeometries() {}

    /** The geometry, or the errors (never both). */
    public record Result(GridGeometry geometry, List<Problem.FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    public static Result read(JsonNode geometry, String path, Crs crs, int maxPositions) {
        Reader reader = new Reader(path, crs);
        GridGeometry read = reader.geometry(geometry, maxPositions);
        return reader.errors.isEmpty() ? new Result(read, List.of()) : new Result(null, List.copyOf(reader.errors));
    }

    private static final class Reader {
        private final String path;
        private final Crs crs;
        private final List<Problem.FieldError> errors = new ArrayList<>();

        Reader(String path, Crs crs) {
            this.path = path;
            this.crs = crs == null ? Crs.WGS84 : crs;
        }

        void error(String field, String message) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(new Problem.FieldError(field, message));
            }
        }

        GridGeometry geometry(JsonNode g, int maxPositions) {
            if (g == null || !g.isObject()) {
                error(path, "must be a GeoJSON Polygon or MultiPolygon object");
                return null;
            }
            String type = g.path("type").asText(null);
            JsonNode coordinates = g.get("coordinates");
            String at = path + ".coordinates";
            if (!"Polygon".equals(type) && !"MultiPolygon".equals(type)) {
                error(path + ".type", "must be Polygon or MultiPolygon, not " + g.path("type"));
                return null;
            }
            if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
                error(at, "must be a non-empty array");
                return null;
            }
            int positions = countPositions(coordinates);
            if (positions > maxPositions) {
                error(at, "has " + positions + " positions, at most " + maxPositions + " are allowed per grid");
                return null;
            }
            List<GridGeometry.Polygon> polygons = new ArrayList<>();
            if ("Polygon".equals(type)) {
                polygon(coordinates, at).ifPresent(polygons::add);
            } else {
                for (int i = 0; i < coordinates.size(); i++) {
                    polygon(coordinates.get(i), at + "[" + i + "]").ifPresent(polygons::add);
                }
            }
            return errors.isEmpty() ? new GridGeometry(polygons) : null;
        }

        private Optional<GridGeometry.Polygon> polygon(JsonNode rings, String at) {
            if (!rings.isArray() || rings.isEmpty()) {
                error(at, "must be an array of linear rings, the shell first");
                return Optional.empty();
            }
            List<GridGeometry.Ring> read = new ArrayList<>();
            for (int i = 0; i < rings.size(); i++) {
                ring(rings.get(i), at + "[" + i + "]").ifPresent(read::add);
            }
            if (read.size() != rings.size()) {
                return Optional.empty();
            }
            GridGeometry.Ring shell = read.get(0);
            List<GridGeometry.Ring> holes = read.subList(1, read.size());
            for (int h = 0; h < holes.size(); h++) {
                if (!inside(holes.get(h), shell)) {
                    error(at + "[" + (h + 1) + "]", "is a hole that does not lie inside its shell " + at + "[0]");
                }
            }
            return Optional.of(new GridGeometry.Polygon(shell, List.copyOf(holes)));
        }

        private Optional<GridGeometry.Ring> ring(JsonNode ring, String at) {
            if (!ring.isArray() || ring.size() < 4) {
                error(at, "must be a linear ring of at least 4 positions (the last repeating the first)");
                return Optional.empty();
            }
            int n = ring.size();
            double[] rawLon = new double[n];
            double[] rawLat = new double[n];
            int before = errors.size();
            for (int i = 0; i < n; i++) {
                JsonNode p = ring.get(i);
                String pos = at + "[" + i + "]";
                if (!p.isArray()
                        || p.size() < 2
                        || p.size() > 3
                        || !p.get(0).isNumber()
                        || !p.get(1).isNumber()) {
                    error(pos, "must be a position [longitude, latitude] of numbers");
                    continue;
                }
                rawLon[i] = p.get(0).asDouble();
                rawLat[i] = p.get(1).asDouble();
                if (!(rawLon[i] >= -180 && rawLon[i] <= 180)) {
                    error(pos, "longitude " + p.get(0) + " must lie between -180 and 180");
                } else if (!(rawLat[i] >= -90 && rawLat[i] <= 90)) {
                    error(pos, "latitude " + p.get(1) + " must lie between -90 and 90");
                } else if (i > 0 && rawLon[i] == rawLon[i - 1] && rawLat[i] == rawLat[i - 1]) {
                    error(pos, "repeats the position before it");
                }
            }
            if (errors.size() > before) {
                return Optional.empty();
            }
            if (rawLon[0] != rawLon[n - 1] || rawLat[0] != rawLat[n - 1]) {
                error(at, "is not closed: its last position must repeat its first");
                return Optional.empty();
            }
            double[] lons = new double[n];
            double[] lats = new double[n];
            for (int i = 0; i < n - 1; i++) {
                LatLon wgs = LatLon.toWgs84(rawLat[i], rawLon[i], crs);
                lons[i] = wgs.lon();
                lats[i] = wgs.lat();
            }
            lons[n - 1] = lons[0];
            lats[n - 1] = lats[0];
            GridGeometry.Ring read = new GridGeometry.Ring(lons, lats);
            Optional<Segments.Crossing> crossing = Segments.selfIntersection(read);
            if (crossing.isPresent()) {
                error(
                        at,
                        "touches or crosses itself: the edge from position "
                                + crossing.get().first() + " meets the edge from position "
                                + crossing.get().second());
                return Optional.empty();
            }
            return Optional.of(read);
        }

        /** Whether every position of the hole lies in the shell and no edge of the hole meets one of the shell's. */
        private static boolean inside(GridGeometry.Ring hole, GridGeometry.Ring shell) {
            for (int i = 0; i < hole.size() - 1; i++) {
                if (!shell.contains(hole.lons()[i], hole.lats()[i])) {
                    return false;
                }
            }
            double[] hx = hole.lons();
            double[] hy = hole.lats();
            double[] sx = shell.lons();
            double[] sy = shell.lats();
            for (int i = 0; i < hx.length - 1; i++) {
                for (int j = 0; j < sx.length - 1; j++) {
                    if (Segments.intersect(hx[i], hy[i], hx[i + 1], hy[i + 1], sx[j], sy[j], sx[j + 1], sy[j + 1])) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static int countPositions(JsonNode node) {
            // positions are the arrays whose first element is a number; count without building anything
            if (!node.isArray()) {
                return 0;
            }
            if (!node.isEmpty() && node.get(0).isNumber()) {
                return 1;
            }
            int n = 0;
            for (JsonNode child : node) {
                n += countPositions(child);
                if (n > 10_000_000) {
                    break;
                }
            }
            return n;
        }
    }
}
