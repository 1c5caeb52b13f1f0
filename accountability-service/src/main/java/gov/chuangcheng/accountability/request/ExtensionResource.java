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

/** Extension requests (延期申请) of an order: the unit asks, the office decides. */
@Path("/rectifications/{id}/extension-requests")
@Tag(name = "Rectification orders 整改单")
public class ExtensionResource {

    private final OrderRequestService requests;
    private final RequestCaller caller;

    public ExtensionResource(OrderRequestService requests, RequestCaller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    public List<ExtensionRequests.View> list(@PathParam("id") String id) {
        return requests.list(RequestKind.EXTENSION, id, caller.scope()).stream()
                .map(ExtensionRequests.View::of)
                .toList();
    }

    @POST
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(
            summary = "The unit asks for more working days (1–20) while the order is 待整改 or 已签收; one pending "
                    + "request per order")
    @APIResponse(
            responseCode = "201",
            description = "已提交延期申请: the extension request as filed, pending",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExtensionRequests.View.class)))
    public Response request(@PathParam("id") String id, @Valid @NotNull ExtensionRequests.Create request) {
        OrderRequest r = requests.file(
                RequestKind.EXTENSION,
                id,
                caller.scope(),
                caller.filer(),
                request.reason(),
                filed -> filed.workingDays = request.workingDays());
        return Response.status(Response.Status.CREATED)
                .entity(ExtensionRequests.View.of(r))
                .build();
    }

    @POST
    @Path("/{requestId}/approve")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "The office grants the extension: new deadline, escalation steps replaced; published as "
                    + "cc.rectification.extended.v1")
    public ExtensionRequests.View approve(
            @PathParam("id") String id, @PathParam("requestId") String requestId, @Valid Decision decision) {
        return ExtensionRequests.View.of(requests.decide(
                RequestKind.EXTENSION,
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
    @Operation(summary = "The office rejects the extension with a comment; the deadline stays")
    public ExtensionRequests.View reject(
            @PathParam("id") String id, @PathParam("requestId") String requestId, @Valid @NotNull Decision decision) {
        return ExtensionRequests.View.of(requests.decide(
                RequestKind.EXTENSION, id, requestId, caller.scope(), caller.decider(), false, decision.comment()));
    }
}
