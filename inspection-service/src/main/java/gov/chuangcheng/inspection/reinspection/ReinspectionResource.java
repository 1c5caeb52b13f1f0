package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The re-inspection list (复查). An inspector submits a re-inspection as an inspection with
 * {@code reinspectionOrderId} set.
 */
@Path("/reinspections")
@Tag(name = "Re-inspections 复查")
public class ReinspectionResource {

    private final ReinspectionTasks tasks;
    private final UnitDirectory directory;
    private final Actor actor;

    public ReinspectionResource(ReinspectionTasks tasks, UnitDirectory directory, Actor actor) {
        this.tasks = tasks;
        this.directory = directory;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(summary = "Re-inspections the caller may see, earliest due first, paginated")
    public Page<ReinspectionView> list(
            @QueryParam("status") ReinspectionTask.Status status,
            @QueryParam("point") String point,
            @BeanParam @Valid PageRequest paging) {
        return tasks.list(scope(), status, point == null || point.isBlank() ? null : point.trim(), paging)
                .map(ReinspectionView::of);
    }

    @GET
    @Path("/{orderId}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    public ReinspectionView get(@PathParam("orderId") String orderId) {
        return tasks.find(orderId, scope())
                .map(ReinspectionView::of)
                .orElseThrow(() -> ProblemException.notFound("re-inspection of order", orderId));
    }

    private UnitScope scope() {
        return actor.has(Roles.INSPECTOR) ? UnitScope.all() : directory.scopeOf(actor);
    }
}
