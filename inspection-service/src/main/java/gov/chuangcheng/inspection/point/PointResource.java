package gov.chuangcheng.inspection.point;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inspection points (点位). The office maintains them; inspectors read them all; departments their own. */
@Path("/points")
@Tag(name = "Points 点位")
public class PointResource {

    static final String CSV = "text/csv";

    public record ImportResult(int created, int updated) {}

    private final PointService points;
    private final PointImport pointImport;
    private final UnitDirectory directory;
    private final Actor actor;

    public PointResource(PointService points, PointImport pointImport, UnitDirectory directory, Actor actor) {
        this.points = points;
        this.pointImport = pointImport;
        this.directory = directory;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Create a point; coordinates in the given crs (GCJ02 is converted to WGS-84)")
    @APIResponse(
            responseCode = "201",
            description = "已创建: the point",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PointView.class)),
            headers = {
                @Header(
                        name = "Location",
                        description = "新资源的地址 (URL of what was created)",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = "ETag",
                        description = "版本标签 (entity tag): send it as If-Match to change the resource",
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response create(@Valid @NotNull PointRequest request, @Context UriInfo uri) {
        Point point = points.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(point.code).build())
                .tag(Versions.entityTag(point.version))
                .entity(PointView.of(point))
                .build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Replace a point; requires If-Match with the point's ETag")
    @APIResponse(
            responseCode = "200",
            description = "已保存: the point as replaced",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PointView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response update(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PointRequest request) {
        Point point = points.update(code, ifMatch, request);
        return Response.ok(PointView.of(point))
                .tag(Versions.entityTag(point.version))
                .build();
    }

    @POST
    @Path("/{code}/promotion")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Register a temporary point (临时点位 → 登记点位) under a proper name and address",
            description = "The point keeps its id and code, so its findings, inspections and rectification history "
                    + "stay with it; If-Match with its ETag is optional. 409 when it is already registered.")
    @APIResponse(
            responseCode = "200",
            description = "已转为登记点位: the point",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PointView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response promote(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PromotionRequest request) {
        Point point = points.promote(code, ifMatch, request);
        return Response.ok(PointView.of(point))
                .tag(Versions.entityTag(point.version))
                .build();
    }

    @POST
    @Path("/import")
    @Consumes(CSV)
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Create or replace points from a UTF-8 CSV file (all-or-nothing; errors name row and column)",
            description =
                    "Header row: " + PointCsv.COLUMN_LIST + ". type: code or Chinese name; crs: WGS84, GCJ02 or BD09; "
                            + "co_units: unit codes separated by ';'. A wrong file answers 400 with every error as "
                            + "rows[<row>].<column> (the header is row 1) and stores nothing.")
    public ImportResult importCsv(byte[] body) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(body == null ? new byte[0] : body))
                    .toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ProblemException.invalid("body", "is not UTF-8 text; in Excel save as \"CSV UTF-8 (逗号分隔)\"");
        }
        PointService.Imported imported = pointImport.importCsv(text);
        return new ImportResult(imported.created().size(), imported.updated().size());
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(
            summary = "Points the caller may see, filtered by type, unit (responsible or co-unit), street and "
                    + "distance (near=lat,lon in WGS-84 and radiusMeters, default 1000), paginated")
    public Page<PointView> list(
            @QueryParam("type") PointType type,
            @QueryParam("unit") String unit,
            @QueryParam("street") String street,
            @QueryParam("near") String near,
            @QueryParam("radiusMeters") Double radiusMeters,
            @BeanParam @Valid PageRequest paging) {
        LatLon center = near == null || near.isBlank() ? null : parseNear(near);
        double radius = radiusMeters == null ? 1000 : radiusMeters;
        if (radiusMeters != null && center == null) {
            throw ProblemException.invalid("near", "radiusMeters needs near=lat,lon");
        }
        if (!(radius > 0 && radius <= PointService.MAX_RADIUS_METERS)) {
            throw ProblemException.invalid(
                    "radiusMeters", "must be more than 0 and at most " + (long) PointService.MAX_RADIUS_METERS);
        }
        return points.list(
                        scope(),
                        new PointService.Filter(
                                type, blankToNull(unit), blankToNull(street), center, center == null ? null : radius),
                        paging)
                .map(PointView::of);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @APIResponse(
            responseCode = "200",
            description = "The point",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PointView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("code") String code) {
        Point point = points.find(code, scope()).orElseThrow(() -> ProblemException.notFound("point", code));
        return Response.ok(PointView.of(point))
                .tag(Versions.entityTag(point.version))
                .build();
    }

    /** Inspectors go everywhere, so they see every point; a department sees the points it is responsible for. */
    private UnitScope scope() {
        if (actor.has(Roles.INSPECTOR)) {
            return UnitScope.all();
        }
        return directory.scopeOf(actor);
    }

    static LatLon parseNear(String near) {
        String[] parts = near.split(",");
        try {
            if (parts.length == 2) {
                double lat = Double.parseDouble(parts[0].trim());
                double lon = Double.parseDouble(parts[1].trim());
                if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) {
                    return new LatLon(lat, lon);
                }
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ProblemException.invalid("near", "must be lat,lon in decimal degrees (WGS-84), e.g. 30.2741,120.1551");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
