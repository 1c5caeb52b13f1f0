package gov.chuangcheng.task.decomposition;

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
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Task decomposition (任务分解). The office writes everything; leaders read everything; a department reads the tasks
 * its unit or a unit below it leads or co-operates on, and reports progress on them; the lead unit submits.
 */
@Path("/tasks")
@Tag(name = "Task decomposition 任务分解")
public class TaskResource {

    private final TaskService tasks;
    private final TaskAcceptance acceptance;
    private final UnitDirectory directory;
    private final Actor actor;

    public TaskResource(TaskService tasks, TaskAcceptance acceptance, UnitDirectory directory, Actor actor) {
        this.acceptance = acceptance;
        this.tasks = tasks;
        this.directory = directory;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Create a task for a standard (or a group of standards); published as cc.task.assigned.v1")
    @APIResponse(
            responseCode = "201",
            description = "已创建: the task",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)),
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
    public Response create(@Valid @NotNull TaskRequest request, @Context UriInfo uri) {
        TaskView task = tasks.create(request, actor.username());
        return Response.created(uri.getAbsolutePathBuilder().path(task.id()).build())
                .tag(Versions.entityTag(task.version()))
                .entity(task)
                .build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "Tasks the caller may see, filtered by unit (lead or co-unit), status, due-date range, "
                    + "indicator or standard; by due date, paginated")
    public Page<TaskView> list(
            @QueryParam("unit") String unit,
            @QueryParam("status") String status,
            @QueryParam("dueFrom") String dueFrom,
            @QueryParam("dueTo") String dueTo,
            @QueryParam("indicator") String indicator,
            @QueryParam("standard") String standard,
            @BeanParam @Valid PageRequest paging) {
        TaskFilter filter = TaskFilter.parse(unit, status, dueFrom, dueTo, indicator, standard);
        return tasks.list(scope(), filter, paging);
    }

    @GET
    @Path("/awaiting-acceptance")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "The tasks waiting for the office's acceptance (待验收), the longest waiting first",
            description = "accountability-service serves the requests on orders waiting for the office the same way "
                    + "(GET /pending-requests).")
    public List<TaskView> awaitingAcceptance(
            @Parameter(description = "how many, 1–500") @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalid("limit", "应在1到500之间");
        }
        return acceptance.awaiting(limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @APIResponse(
            responseCode = "200",
            description = "The task",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") String id) {
        TaskView task = tasks.find(id, scope()).orElseThrow(() -> ProblemException.notFound("task", id));
        return withTag(task);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Replace a task's plan; requires If-Match with the task's ETag. A new lead unit, co-units or "
                    + "due date is published again as cc.task.assigned.v1")
    @APIResponse(
            responseCode = "200",
            description = "已保存: the task as replaced",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response update(
            @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TaskRequest request) {
        return withTag(tasks.update(id, ifMatch, request, actor.username()));
    }

    @POST
    @Path("/{id}/progress")
    @RolesAllowed({Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(summary = "Report progress (进度报告) with ledger material (台账材料); the first report starts the task")
    @APIResponse(
            responseCode = "201",
            description = "已上报: the progress report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProgressView.class)))
    public Response report(@PathParam("id") String id, @Valid @NotNull ProgressRequest request) {
        ProgressView report = tasks.report(
                id, scope(), request, actor.username(), actor.unit().orElse(null));
        return Response.status(Response.Status.CREATED).entity(report).build();
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(summary = "The task's progress reports, newest first, paginated")
    public Page<ProgressView> progress(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        return tasks.progress(id, scope(), paging);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed({Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(summary = "Submit the task for acceptance (提交验收); by the lead unit or the office")
    @APIResponse(
            responseCode = "200",
            description = "已提交验收: the task, submitted",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response submit(@PathParam("id") String id) {
        return withTag(acceptance.submit(id, scope(), actor.username()));
    }

    @POST
    @Path("/{id}/accept")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Accept a submitted task (验收通过): completed; published as cc.task.completed.v1")
    @APIResponse(
            responseCode = "200",
            description = "验收通过: the task, completed",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response accept(@PathParam("id") String id) {
        return withTag(acceptance.accept(id, actor.username()));
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Reject a submitted task (验收不通过) with a reason; the unit works on")
    @APIResponse(
            responseCode = "200",
            description = "验收不通过: the task, back with the unit",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response reject(@PathParam("id") String id, @Valid @NotNull RejectRequest request) {
        return withTag(acceptance.reject(id, request.reason(), actor.username()));
    }

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(summary = "The office's acceptance decisions on the task with their reasons, newest first, paginated")
    public Page<ReviewView> reviews(@PathParam("id") String id, @BeanParam @Valid PageRequest paging) {
        return acceptance.reviews(id, scope(), paging);
    }

    private UnitScope scope() {
        return directory.scopeOf(actor);
    }

    private static Response withTag(TaskView task) {
        return Response.ok(task).tag(Versions.entityTag(task.version())).build();
    }
}
