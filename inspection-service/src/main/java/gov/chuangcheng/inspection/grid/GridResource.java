package gov.chuangcheng.inspection.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.inspection.point.Crs;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.platform.input.StrictJson;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Grids (网格化管理): the office imports them; everyone may ask which grid a position lies in. */
@Path("/grids")
@Tag(name = "Grids 网格")
public class GridResource {

    static final String GEO_JSON = "application/geo+json";
    /** Largest import body: a district's grids with detailed outlines fit well below it. */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    private final GridService grids;
    private final ObjectMapper strict;

    public GridResource(GridService grids, ObjectMapper json) {
        this.grids = grids;
        this.strict = StrictJson.strict(json.copy());
    }

    @POST
    @Consumes({GEO_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Import grids (upsert by code) from a GeoJSON FeatureCollection",
            description =
                    "Each feature: a Polygon or MultiPolygon geometry and properties code, name, kind (STREET 街道 / "
                            + "COMMUNITY 社区 / GRID 网格), responsibleUnitCode, coUnitCodes (unit codes of the directory) and "
                            + "optionally crs. Coordinates in WGS84 (default), GCJ02 or BD09, set by the crs query parameter or a "
                            + "feature's crs property, are stored as WGS-84. Rings must be closed, at least 4 positions, not "
                            + "touch or cross themselves; holes lie inside their shell; at most 10000 positions per grid and "
                            + "2 MiB per import (413). Any error answers 400 naming the feature, e.g. "
                            + "features[3].geometry.coordinates[0], and stores nothing.")
    public GridView.Imported importGrids(@QueryParam("crs") String crs, byte[] body) {
        if (body == null || body.length == 0) {
            throw ProblemException.invalid("body", "must be a GeoJSON FeatureCollection");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new ProblemException(
                    413,
                    Problem.TYPE_BASE + "too-large",
                    "Content Too Large",
                    "the import has " + body.length + " bytes, at most " + MAX_BODY_BYTES + " are accepted",
                    List.of(new Problem.FieldError("body", "must be at most " + MAX_BODY_BYTES + " bytes (2 MiB)")));
        }
        JsonNode root;
        try {
            root = strict.readTree(body);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid(
                    "body", "is not well-formed JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (java.io.IOException e) {
            throw ProblemException.invalid("body", "could not be read");
        }
        GridFeatures.Result read = GridFeatures.read(root, crs(crs));
        if (!read.valid()) {
            throw ProblemException.invalid(read.errors());
        }
        GridService.Imported imported = grids.importAll(read.features());
        return new GridView.Imported(
                imported.created().size(), imported.updated().size(), imported.created(), imported.updated());
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(
            summary = "Grids by code, filtered by kind and unit (responsible or co-unit), paginated; geometry=true "
                    + "adds each outline")
    public Page<GridView> list(
            @QueryParam("kind") GridKind kind,
            @QueryParam("unit") String unit,
            @QueryParam("geometry") boolean geometry,
            @BeanParam @Valid PageRequest paging) {
        return grids.list(kind, unit == null || unit.isBlank() ? null : unit.strip(), paging)
                .map(g -> GridView.of(g, geometry ? grids.geometry(g) : null));
    }

    @GET
    @Path("/containing")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(
            summary = "The grids a position lies in, the most specific first (网格, then 社区, then 街道; then the "
                    + "smallest); crs WGS84 (default), GCJ02 or BD09")
    public List<GridView> containing(
            @QueryParam("lat") Double lat, @QueryParam("lon") Double lon, @QueryParam("crs") String crs) {
        if (lat == null || !(lat >= -90 && lat <= 90)) {
            throw ProblemException.invalid("lat", "is required and must lie between -90 and 90");
        }
        if (lon == null || !(lon >= -180 && lon <= 180)) {
            throw ProblemException.invalid("lon", "is required and must lie between -180 and 180");
        }
        return grids.containing(LatLon.toWgs84(lat, lon, crs(crs))).stream()
                .map(g -> GridView.of(g, null))
                .toList();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(summary = "A grid with its outline (GeoJSON MultiPolygon, WGS-84)")
    public GridView get(@PathParam("code") String code) {
        Grid grid = grids.findByCode(code).orElseThrow(() -> ProblemException.notFound("grid", code));
        return GridView.of(grid, grids.geometry(grid));
    }

    /** A {@code crs} parameter: WGS84 when absent. */
    public static Crs crs(String crs) {
        if (crs == null || crs.isBlank()) {
            return Crs.WGS84;
        }
        try {
            return Crs.valueOf(
                    crs.strip().toUpperCase(Locale.ROOT).replace("-", "").replace("_", ""));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("crs", "must be WGS84, GCJ02 or BD09");
        }
    }
}
