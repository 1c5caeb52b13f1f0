package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The declared list (申报点位) that mock exams draw from: the office keeps it, leaders read it. */
@Path("/declared-points")
@Tag(name = "Mock exams 模拟测评")
public class DeclaredPointsResource {

    private final DeclaredPoints declared;
    private final Actor actor;

    public DeclaredPointsResource(DeclaredPoints declared, Actor actor) {
        this.declared = declared;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "The declared points (申报点位), by type and code, optionally of one type",
            description = "Each type says how many points are declared and how many of them are active (a draw "
                    + "picks only active ones). The ETag is the list's version, for If-Match on PUT.")
    @APIResponse(
            responseCode = "200",
            description = "The declared list",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeclaredPointsView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response list(@QueryParam("type") PointType type) {
        long version = declared.version();
        return Response.ok(declared.list(type)).tag(Versions.entityTag(version)).build();
    }

    @PUT
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Replace the declared list with these point codes; requires If-Match with the list's ETag",
            description = "A point left out is withdrawn; every point put on or taken off is recorded "
                    + "(GET /declared-points/history). Each code must name an active registered point: an unknown, "
                    + "inactive or temporary one, or one listed twice, is 400 naming the entry (pointCodes[2]) and "
                    + "nothing changes.")
    @APIResponse(
            responseCode = "200",
            description = "已保存: the declared list as replaced",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeclaredPointsView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response replace(@HeaderParam("If-Match") String ifMatch, @Valid @NotNull DeclaredPointsRequest request) {
        long version = declared.replace(request, ifMatch, actor.username());
        return Response.ok(declared.list(null)).tag(Versions.entityTag(version)).build();
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "Every change of the declared list, latest first, optionally of one point, paginated",
            description = "declared true: the point was put on the list; false: it was withdrawn. Nothing is ever "
                    + "removed from this history.")
    public Page<PointDeclarationView> history(@QueryParam("point") String point, @BeanParam @Valid PageRequest paging) {
        return declared.history(point == null || point.isBlank() ? null : point.trim(), paging);
    }
}
