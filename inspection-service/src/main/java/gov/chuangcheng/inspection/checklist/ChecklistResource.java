package gov.chuangcheng.inspection.checklist;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Checklists (检查表) per point type, versioned; the latest version is current. */
@Path("/checklists/{pointType}")
@Tag(name = "Checklists 检查表")
public class ChecklistResource {

    private final ChecklistService checklists;
    private final Actor actor;

    public ChecklistResource(ChecklistService checklists, Actor actor) {
        this.checklists = checklists;
        this.actor = actor;
    }

    @POST
    @Path("/versions")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Create the next version of a point type's checklist; it becomes current")
    @APIResponse(
            responseCode = "201",
            description = "已创建: the new checklist version, now current",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ChecklistView.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "新资源的地址 (URL of what was created)",
                            schema = @Schema(type = SchemaType.STRING, format = "uri")))
    public Response createVersion(
            @PathParam("pointType") String pointType, @Valid @NotNull ChecklistRequest request, @Context UriInfo uri) {
        PointType type = type(pointType);
        Checklist checklist = checklists.createVersion(type, request, actor.username());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Integer.toString(checklist.version))
                        .build())
                .entity(view(checklist))
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(summary = "The current checklist of a point type")
    @Transactional
    public ChecklistView current(@PathParam("pointType") String pointType) {
        PointType type = type(pointType);
        return view(checklists
                .current(type)
                .orElseThrow(() -> ProblemException.notFound("checklist of point type", type.name())));
    }

    @GET
    @Path("/versions")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(summary = "All versions of a point type's checklist, newest first, paginated")
    @Transactional
    public Page<ChecklistView> versions(
            @PathParam("pointType") String pointType, @BeanParam @Valid PageRequest paging) {
        return checklists.versions(type(pointType), paging).map(this::view);
    }

    @GET
    @Path("/versions/{version}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Transactional
    public ChecklistView version(@PathParam("pointType") String pointType, @PathParam("version") int version) {
        PointType type = type(pointType);
        return view(checklists
                .version(type, version)
                .orElseThrow(() -> ProblemException.notFound("checklist version", type.name() + "/" + version)));
    }

    private ChecklistView view(Checklist c) {
        return ChecklistView.of(c, checklists::standardName);
    }

    private static PointType type(String pointType) {
        return Arrays.stream(PointType.values())
                .filter(t -> t.name().equals(pointType))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("point type", pointType));
    }
}
