package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who handles an order: the office reassigns it to another unit (改派), the unit dispatches it inside (派遣). */
@Path("/rectifications/{id}")
@Tag(name = "Rectification orders 整改单")
public class ReassignmentResource {

    private final Reassignments reassignments;
    private final Dispatches dispatches;
    private final Actor actor;
    private final UnitDirectory directory;

    public ReassignmentResource(
            Reassignments reassignments, Dispatches dispatches, Actor actor, UnitDirectory directory) {
        this.reassignments = reassignments;
        this.dispatches = dispatches;
        this.actor = actor;
        this.directory = directory;
    }

    @POST
    @Path("/reassignment")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "改派: move an order that is 待整改 or 已签收 to another unit, with the reason; the new unit gets a "
                    + "fresh deadline from now and the ladder from its first rung, the first unit's deductions on the "
                    + "order are reversed; settle (default true) also settles the point × standard's responsibility "
                    + "(确权). Needs the order's ETag in If-Match. Published as cc.rectification.reassigned.v1 (and "
                    + "cc.responsibility.settled.v1)")
    public RectificationView reassign(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LeverRequests.Reassign request) {
        return RectificationView.summary(reassignments.reassign(
                id,
                request.unitCode(),
                request.reason(),
                request.settle() == null || request.settle(),
                actor.username(),
                ifMatch));
    }

    @POST
    @Path("/dispatch")
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(
            summary = "派遣: the responsible unit gives its open order to one of its sub-units (e.g. street → community) "
                    + "and/or a named handler; the assignee sees the order and acts on it, the unit stays accountable. "
                    + "Published as cc.rectification.dispatched.v1")
    public RectificationView dispatch(@PathParam("id") String id, @Valid @NotNull LeverRequests.Dispatch request) {
        return RectificationView.summary(dispatches.dispatch(
                id,
                directory.scopeOf(actor),
                request.subUnitCode(),
                request.handler(),
                request.comment(),
                actor.username()));
    }
}
