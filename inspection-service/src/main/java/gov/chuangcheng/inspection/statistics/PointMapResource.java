package gov.chuangcheng.inspection.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The points as a GeoJSON FeatureCollection (RFC 7946) for GIS tools and map front ends. */
@Path("/points.geojson")
@Tag(name = "Statistics 统计")
public class PointMapResource {

    public static final String GEO_JSON = "application/geo+json";

    private final PointMap map;
    private final UnitDirectory directory;
    private final Actor actor;
    private final ObjectMapper json;

    public PointMapResource(PointMap map, UnitDirectory directory, Actor actor, ObjectMapper json) {
        this.map = map;
        this.directory = directory;
        this.actor = actor;
        this.json = json;
    }

    @GET
    @Produces({GEO_JSON, "application/json"})
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(
            summary = "Active points as a GeoJSON FeatureCollection with their latest result and open problems",
            description = "Media type application/geo+json. Each Feature has id = point code, geometry Point with "
                    + "coordinates [longitude, latitude] in WGS-84 (as stored; not GCJ-02 — convert for Chinese web "
                    + "maps), and properties code, name, type, typeName, address, street, responsibleUnitCode, "
                    + "responsibleUnitName, latestInspection {id, passed, result, totalScore, maxScore, inspectedAt} "
                    + "or null when never inspected, latestFailedItems, openReinspections, openProblemCount. "
                    + PointMap.OPEN_PROBLEMS + " Filters: type (point type code), unit (responsible or co-unit), "
                    + "bbox=minLon,minLat,maxLon,maxLat. A department sees its own and its subordinate units' "
                    + "points; at most 10000 features (cc.statistics.geojson-max-features), else 400.")
    @APIResponse(
            responseCode = "200",
            description = "GeoJSON FeatureCollection (RFC 7946)",
            content = @Content(mediaType = GEO_JSON, schema = @Schema(type = SchemaType.OBJECT)))
    public Response points(
            @QueryParam("type") String type, @QueryParam("unit") String unit, @QueryParam("bbox") String bbox)
            throws JsonProcessingException {
        PointFeature.Collection features = map.features(
                Scopes.of(actor, directory),
                new PointMap.Filter(
                        CoverageResource.pointType(type), Scopes.blankToNull(unit), BoundingBoxes.parse(bbox)));
        return Response.ok(json.writeValueAsString(features), GEO_JSON).build();
    }
}
