package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The re-inspection list (复查) and its pool (复查池). An inspector submits a re-inspection as an inspection with
 * {@code reinspectionOrderId} set.
 */
@Path("/reinspections")
@Tag(name = "Re-inspections 复查")
public class ReinspectionResource {

    /** The office's choice of inspector. */
    public record Assignment(
            @NotBlank
            @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "1–100 letters, digits, '.', '_', '@' or '-'")
            String inspector) {}

    private final ReinspectionTasks tasks;
    private final UnitDirectory directory;
    private final Actor actor;
    private final Clock clock;

    public ReinspectionResource(ReinspectionTasks tasks, UnitDirectory directory, Actor actor, Clock clock) {
        this.tasks = tasks;
        this.directory = directory;
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(
            summary = "Re-inspections the caller may see, earliest due first, paginated",
            description = "holder=MINE lists the caller's own, holder=POOL those waiting in the pool for an inspector.")
    public Page<ReinspectionView> list(
            @QueryParam("status") ReinspectionTask.Status status,
            @QueryParam("point") String point,
            @QueryParam("holder") ReinspectionTasks.Holder holder,
            @BeanParam @Valid PageRequest paging) {
        Page<ReinspectionTask> page = tasks.list(
                scope(),
                status,
                point == null || point.isBlank() ? null : point.trim(),
                holder,
                actor.username(),
                paging);
        // the page's briefs in one query, not one per task
        List<String> ids = page.items().stream().map(t -> t.orderId).toList();
        Map<String, OrderBrief> briefs = ids.isEmpty()
                ? Map.of()
                : OrderBrief.<OrderBrief>list("orderId in ?1", ids).stream()
                        .collect(Collectors.toMap(b -> b.orderId, b -> b));
        Instant now = clock.instant();
        return page.map(t -> ReinspectionView.of(t, briefs.get(t.orderId), now));
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReinspectionView get(@PathParam("orderId") String orderId) {
        return tasks.find(orderId, scope())
                .map(t -> ReinspectionView.of(t, clock.instant()))
                .orElseThrow(() -> ProblemException.notFound("re-inspection of order", orderId));
    }

    @POST
    @Path("/{orderId}/claim")
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(
            summary = "Claim a re-inspection from the pool (认领)",
            description = "The first claim wins; a re-inspection another inspector holds, or that is not open, is 409.")
    @APIResponse(responseCode = "200", description = "已认领")
    @APIResponse(responseCode = "404", description = "no re-inspection of that order")
    @APIResponse(responseCode = "409", description = "already held by an inspector, or not open")
    public ReinspectionView claim(@PathParam("orderId") String orderId) {
        return ReinspectionView.of(tasks.claim(orderId, actor.username()), clock.instant());
    }

    @POST
    @Path("/{orderId}/assignment")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Assign a re-inspection to an inspector (指派), taking it from another one if need be",
            description = "A re-inspection that is not open, or already held by that inspector, is 409.")
    @APIResponse(responseCode = "200", description = "已指派")
    @APIResponse(responseCode = "400", description = "no valid inspector")
    @APIResponse(responseCode = "404", description = "no re-inspection of that order")
    @APIResponse(responseCode = "409", description = "not open, or already that inspector's")
    public ReinspectionView assign(@PathParam("orderId") String orderId, @Valid @NotNull Assignment request) {
        return ReinspectionView.of(
                tasks.assignByOffice(orderId, request.inspector().trim(), actor.username()), clock.instant());
    }

    private UnitScope scope() {
        return actor.has(Roles.INSPECTOR) ? UnitScope.all() : directory.scopeOf(actor);
    }
}
