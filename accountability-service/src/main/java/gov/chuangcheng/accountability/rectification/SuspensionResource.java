package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Suspension requests (缓办申请) of an order: the unit asks, the office decides. */
@Path("/rectifications/{id}/suspension-requests")
@Tag(name = "Rectification orders 整改单")
public class SuspensionResource {

    private final RectificationService orders;
    private final UnitDirectory directory;
    private final Actor actor;

    public SuspensionResource(RectificationService orders, UnitDirectory directory, Actor actor) {
        this.orders = orders;
        this.directory = directory;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    public List<SuspensionRequests.View> list(@PathParam("id") String id) {
        return orders.suspensionRequests(id, directory.scopeOf(actor)).stream().map(SuspensionRequests.View::of)
                .toList();
    }

    @POST
    @RolesAllowed({Roles.DEPARTMENT, Roles.OFFICE})
    @Operation(summary = "缓办: the unit asks the office to stop the order's clock, with a reason; the order must be "
            + "neither closed nor suspended; one pending request per order")
    public Response request(@PathParam("id") String id, @Valid @NotNull SuspensionRequests.Create request) {
        SuspensionRequest r = orders.requestSuspension(id, directory.scopeOf(actor), actor.username(),
                request.reason());
        return Response.status(Response.Status.CREATED).entity(SuspensionRequests.View.of(r)).build();
    }

    @POST
    @Path("/{requestId}/approve")
    @RolesAllowed({Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(summary = "The office approves: the clock stops (cc.rectification.suspended.v1) until the office resumes "
            + "the order. Nobody decides a request they filed (409); a department decides none (403).")
    public SuspensionRequests.View approve(@PathParam("id") String id, @PathParam("requestId") String requestId,
                                           @Valid ExtensionRequests.Decision decision) {
        return SuspensionRequests.View.of(orders.decideSuspension(id, requestId, directory.scopeOf(actor), true,
                decision == null ? null : decision.comment(), actor.username(), actor.has(Roles.OFFICE)));
    }

    @POST
    @Path("/{requestId}/reject")
    @RolesAllowed({Roles.OFFICE, Roles.DEPARTMENT})
    @Operation(summary = "The office rejects with a comment; the clock runs on. Nobody decides a request they filed "
            + "(409); a department decides none (403).")
    public SuspensionRequests.View reject(@PathParam("id") String id, @PathParam("requestId") String requestId,
                                          @Valid @NotNull ExtensionRequests.Decision decision) {
        return SuspensionRequests.View.of(orders.decideSuspension(id, requestId, directory.scopeOf(actor), false,
                decision.comment(), actor.username(), actor.has(Roles.OFFICE)));
    }
}
