package gov.chuangcheng.accountability.request;

import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Suspension requests (缓办申请) of an order: the unit asks, the office decides. The decision endpoints allow the
 * office only, as extensions and appeals do: the roles the document lists are the roles that may decide.
 */
@Path("/rectifications/{id}/suspension-requests")
@Tag(name = "Rectification orders 整改单")
public class SuspensionResource {

    private final OrderRequestService requests;
    private final RequestCaller caller;

    public SuspensionResource(OrderRequestService requests, RequestCaller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    public List<SuspensionRequests.View> list(@PathParam("id") String id) {
        return requests.list(RequestKind.SUSPENSION, id, caller.scope()).stream()
                .map(SuspensionRequests.View::of)
                .toList();
    }

    @POST
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(
            summary = "缓办: the unit asks the office to stop the order's clock, with a reason; the order must be "
                    + "neither closed nor suspended; one pending request per order")
    @APIResponse(
            responseCode = "201",
            description = "已提交缓办申请: the suspension request as filed, pending",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SuspensionRequests.View.class)))
    public Response request(@PathParam("id") String id, @Valid @NotNull SuspensionRequests.Create request) {
        OrderRequest r = requests.file(
                RequestKind.SUSPENSION, id, caller.scope(), caller.filer(), request.reason(), filed -> {});
        return Response.status(Response.Status.CREATED)
                .entity(SuspensionRequests.View.of(r))
                .build();
    }

    @POST
    @Path("/{requestId}/approve")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "The office approves: the clock stops (cc.rectification.suspended.v1) until the office resumes "
                    + "the order. Nobody decides a request they filed (409).")
    public SuspensionRequests.View approve(
            @PathParam("id") String id, @PathParam("requestId") String requestId, @Valid Decision decision) {
        return SuspensionRequests.View.of(requests.decide(
                RequestKind.SUSPENSION,
                id,
                requestId,
                caller.scope(),
                caller.decider(),
                true,
                decision == null ? null : decision.comment()));
    }

    @POST
    @Path("/{requestId}/reject")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "The office rejects with a comment; the clock runs on. Nobody decides a request they filed "
                    + "(409).")
    public SuspensionRequests.View reject(
            @PathParam("id") String id, @PathParam("requestId") String requestId, @Valid @NotNull Decision decision) {
        return SuspensionRequests.View.of(requests.decide(
                RequestKind.SUSPENSION, id, requestId, caller.scope(), caller.decider(), false, decision.comment()));
    }
}
