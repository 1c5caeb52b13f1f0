package gov.chuangcheng.inspection.patrol;

import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Patrol plans (巡查计划): the office assigns points to inspectors by day; inspectors read their own day. */
@Path("/patrol-plans")
@Tag(name = "Patrol plans 巡查计划")
public class PatrolPlanResource {

    private final PatrolPlanService plans;
    private final Actor actor;

    public PatrolPlanResource(PatrolPlanService plans, Actor actor) {
        this.plans = plans;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Assign points to an inspector for a day or a range of days",
            description = "Every point must exist and be active (400 names the entry, e.g. pointCodes[2]); the range "
                    + "is at most cc.patrol.max-days (31) days, the list at most cc.patrol.max-points (200) points. "
                    + "An inspector has at most one plan on a day: an overlapping plan is 409 (replace it instead).")
    @APIResponse(
            responseCode = "201",
            description = "已创建: the patrol plan",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PatrolPlanView.class)),
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
    public Response create(@Valid @NotNull PatrolPlanRequest request, @Context UriInfo uri) {
        PatrolPlanView plan = plans.create(request, actor.username());
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id()).build())
                .tag(Versions.entityTag(plan.version()))
                .entity(plan)
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "Patrol plans, optionally those covering a date (yyyy-MM-dd) and of one inspector, latest "
                    + "first, paginated")
    public Page<PatrolPlanView> list(
            @QueryParam("date") String date,
            @QueryParam("inspector") String inspector,
            @BeanParam @Valid PageRequest paging) {
        return plans.list(
                date == null || date.isBlank() ? null : parseDate("date", date),
                inspector == null || inspector.isBlank() ? null : inspector.trim(),
                paging);
    }

    @GET
    @Path("/mine")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(
            summary = "The caller's patrol for a day (default today, Asia/Shanghai): each planned point and "
                    + "whether it has been inspected that day",
            description = "An inspection of the point by anyone between 00:00 and 24:00 Asia/Shanghai of that day "
                    + "counts. Without a plan for the day the answer is 200 with planId null and no points.")
    public PatrolDayView mine(@QueryParam("date") String date) {
        LocalDate day = date == null || date.isBlank() ? plans.today() : parseDate("date", date);
        return plans.day(actor.username(), day);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.INSPECTOR})
    @Operation(summary = "One patrol plan (an inspector sees only its own)")
    @APIResponse(
            responseCode = "200",
            description = "The patrol plan",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PatrolPlanView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        PatrolPlanView plan = plans.find(uuid(id))
                .filter(p -> actor.has(Roles.OFFICE)
                        || actor.has(Roles.LEADER)
                        || p.inspector().equals(actor.username()))
                .orElseThrow(() -> ProblemException.notFound("patrol plan", id));
        return Response.ok(plan).tag(Versions.entityTag(plan.version())).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Replace a patrol plan (inspector, days, points); requires If-Match with its ETag")
    @APIResponse(
            responseCode = "200",
            description = "已保存: the patrol plan as replaced",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PatrolPlanView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response replace(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull PatrolPlanRequest request) {
        PatrolPlanView plan = plans.replace(uuid(id), ifMatch, request, actor.username());
        return Response.ok(plan).tag(Versions.entityTag(plan.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Delete a patrol plan; requires If-Match with its ETag")
    @APIResponse(responseCode = "204", description = "已删除: the patrol plan is deleted")
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        plans.delete(uuid(id), ifMatch);
        return Response.noContent().build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("patrol plan", id);
        }
    }

    static LocalDate parseDate(String parameter, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "must be a date like 2026-11-25 (yyyy-MM-dd)");
        }
    }
}
