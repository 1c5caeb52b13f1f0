package gov.chuangcheng.inspection.grid;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.inspection.point.Crs;
import gov.chuangcheng.platform.problem.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a grid import, an RFC 7946 FeatureCollection, into grids: each feature's properties {@code code}, {@code name},
 * {@code kind} (STREET/COMMUNITY/GRID or 街道/社区/网格), {@code responsibleUnitCode}, {@code coUnitCodes} and optionally
 * {@code crs}, and its Polygon or MultiPolygon geometry. Every defect is reported by path ({@code features[3].…}); the
 * units are checked against the directory afterwards ({@link GridService#importAll}). Pure.
 */
public final class GridFeatures {

    public static final int MAX_POSITIONS_PER_GRID = 10_000;
    public static final int MAX_FEATURES = 2_000;

    private GridFeatures() {}

    /** One grid as the import asks for it; {@code path} names its feature in error messages. */
    public record Feature(
            String path,
            String code,
            String name,
            GridKind kind,
            String responsibleUnitCode,
            List<String> coUnitCodes,
            GridGeometry geometry) {}

    public record Result(List<Feature> features, List<Problem.FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** {@code defaultCrs}: the coordinates' system where a feature's properties name none. */
    public static Result read(JsonNode root, Crs defaultCrs) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (root == null
                || !root.isObject()
                || !"FeatureCollection".equals(root.path("type").asText(null))) {
            errors.add(new Problem.FieldError("type", "must be FeatureCollection (RFC 7946 GeoJSON)"));
            return new Result(List.of(), errors);
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            errors.add(new Problem.FieldError("features", "must be a non-empty array of Features"));
            return new Result(List.of(), errors);
        }
        if (features.size() > MAX_FEATURES) {
            errors.add(new Problem.FieldError(
                    "features", "has " + features.size() + " features, at most " + MAX_FEATURES + " per import"));
            return new Result(List.of(), errors);
        }
        List<Feature> read = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < features.size() && errors.size() < GeoJsonGeometries.MAX_ERRORS; i++) {
            String path = "features[" + i + "]";
            JsonNode f = features.get(i);
            if (!f.isObject() || !"Feature".equals(f.path("type").asText(null))) {
                errors.add(new Problem.FieldError(path + ".type", "must be Feature"));
                continue;
            }
            JsonNode props = f.get("properties");
            if (props == null || !props.isObject()) {
                errors.add(new Problem.FieldError(
                        path + ".properties", "must be an object with code, name, kind and " + "responsibleUnitCode"));
                continue;
            }
            int before = errors.size();
            Properties p = new Properties(props, path + ".properties", errors);
            String code = p.text("code", 64, true);
            if (code != null && !code.matches("[A-Za-z0-9_.-]+")) {
                p.error("code", "may contain only letters, digits, '-', '_' and '.'");
            } else if (code != null && !codes.add(code)) {
                p.error("code", "grid " + code + " appears twice in this import");
            }
            String name = p.text("name", 200, true);
            GridKind kind = p.kind();
            String unit = p.text("responsibleUnitCode", 64, true);
            List<String> coUnits = p.units(unit);
            Crs crs = p.crs(defaultCrs);
            GeoJsonGeometries.Result geometry =
                    GeoJsonGeometries.read(f.get("geometry"), path + ".geometry", crs, MAX_POSITIONS_PER_GRID);
            errors.addAll(geometry.errors());
            if (errors.size() == before) {
                read.add(new Feature(path, code, name, kind, unit, coUnits, geometry.geometry()));
            }
        }
        return errors.isEmpty() ? new Result(read, List.of()) : new Result(List.of(), errors);
    }

    private record Properties(JsonNode props, String path, List<Problem.FieldError> errors) {

        void error(String property, String message) {
            errors.add(new Problem.FieldError(path + "." + property, message));
        }

        String text(String property, int max, boolean required) {
            JsonNode v = props.get(property);
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                if (required) {
                    error(property, "is required");
                }
                return null;
            }
            if (!v.isTextual()) {
                error(property, "must be text");
                return null;
            }
            String s = v.asText().strip();
            if (s.length() > max) {
                error(property, "must be at most " + max + " characters");
                return null;
            }
            return s;
        }

        GridKind kind() {
            String v = text("kind", 20, true);
            if (v == null) {
                return null;
            }
            for (GridKind k : GridKind.values()) {
                if (k.name().equals(v.toUpperCase(Locale.ROOT))
                        || k.displayName().equals(v)) {
                    return k;
                }
            }
            error("kind", "'" + v + "' is not STREET (街道), COMMUNITY (社区) or GRID (网格)");
            return null;
        }

        List<String> units(String responsible) {
            JsonNode v = props.get("coUnitCodes");
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray() || v.size() > 50) {
                error("coUnitCodes", "must be an array of at most 50 unit codes");
                return List.of();
            }
            List<String> units = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode u = v.get(i);
                String at = "coUnitCodes[" + i + "]";
                if (!u.isTextual() || u.asText().isBlank() || u.asText().length() > 64) {
                    error(at, "must be a unit code");
                } else if (u.asText().strip().equals(responsible)) {
                    error(at, "unit " + u.asText() + " is already the responsible unit");
                } else if (units.contains(u.asText().strip())) {
                    error(at, "unit " + u.asText() + " is listed twice");
                } else {
                    units.add(u.asText().strip());
                }
            }
            return units;
        }

        Crs crs(Crs fallback) {
            String v = text("crs", 10, false);
            if (v == null) {
                return fallback;
            }
            try {
                return Crs.valueOf(v.toUpperCase(Locale.ROOT).replace("-", "").replace("_", ""));
            } catch (IllegalArgumentException e) {
                error("crs", "'" + v + "' is not WGS84, GCJ02 or BD09");
                return fallback;
            }
        }
    }
}
