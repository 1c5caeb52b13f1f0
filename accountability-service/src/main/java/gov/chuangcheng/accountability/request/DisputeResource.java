package gov.chuangcheng.accountability.request;

import gov.chuangcheng.events.rectification.DisputeDecision;
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

/** Responsibility disputes (退单) of an order: the unit returns it, the office settles who answers for it (确权). */
@Path("/rectifications/{id}/disputes")
@Tag(name = "Rectification orders 整改单")
public class DisputeResource {

    private final OrderRequestService requests;
    private final RequestCaller caller;

    public DisputeResource(OrderRequestService requests, RequestCaller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    public List<Disputes.View> list(@PathParam("id") String id) {
        return requests.list(RequestKind.DISPUTE, id, caller.scope()).stream()
                .map(Disputes.View::of)
                .toList();
    }

    @POST
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(
            summary = "退单: the unit returns an order that is 待整改 or 已签收 as not its responsibility, naming the unit "
                    + "it believes responsible, within its window after it got the order (cc.rectification.dispute.*: "
                    + "2 working hours for critical orders, 1 working day otherwise; later: 409); each unit disputes an "
                    + "order once; the clock runs on; published as cc.rectification.disputed.v1")
    @APIResponse(
            responseCode = "201",
            description = "已退单: the dispute as filed, waiting for the office (待确权)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Disputes.View.class)))
    public Response dispute(@PathParam("id") String id, @Valid @NotNull Disputes.Create request) {
        OrderRequest d = requests.file(
                RequestKind.DISPUTE,
                id,
                caller.scope(),
                caller.filer(),
                request.reason(),
                filed -> filed.claimedUnitCode = request.claimedUnitCode().trim());
        return Response.status(Response.Status.CREATED)
                .entity(Disputes.View.of(d))
                .build();
    }

    @POST
    @Path("/{disputeId}/decision")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "确权: REASSIGNED moves the order to unitCode (the claimed unit when absent) with a fresh deadline "
                    + "and reverses the disputing unit's deductions on it (cc.rectification.dispute-decided.v1, "
                    + "cc.rectification.reassigned.v1); REJECTED (comment required) leaves it with the disputing unit. "
                    + "Either way the point × standard's responsibility is settled (cc.responsibility.settled.v1); the "
                    + "decision on an order's second dispute is final. Nobody decides a dispute they filed (409).")
    public Disputes.View decide(
            @PathParam("id") String id,
            @PathParam("disputeId") String disputeId,
            @Valid @NotNull Disputes.Decide request) {
        boolean reassign = request.decision() == DisputeDecision.REASSIGNED;
        return Disputes.View.of(requests.decide(
                RequestKind.DISPUTE,
                id,
                disputeId,
                caller.scope(),
                caller.decider(),
                reassign,
                request.comment(),
                decided -> {
                    if (reassign
                            && request.unitCode() != null
                            && !request.unitCode().isBlank()) {
                        decided.settledUnitCode = request.unitCode().trim();
                    }
                }));
    }
}
