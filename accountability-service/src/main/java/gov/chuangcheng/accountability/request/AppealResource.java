package gov.chuangcheng.accountability.request;

import gov.chuangcheng.events.rectification.AppealDecision;
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

/** Appeals (申诉) against an order: the unit appeals, the office decides. */
@Path("/rectifications/{id}/appeals")
@Tag(name = "Rectification orders 整改单")
public class AppealResource {

    private final OrderRequestService requests;
    private final RequestCaller caller;

    public AppealResource(OrderRequestService requests, RequestCaller caller) {
        this.requests = requests;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    public List<Appeals.View> list(@PathParam("id") String id) {
        return requests.list(RequestKind.APPEAL, id, caller.scope()).stream()
                .map(Appeals.View::of)
                .toList();
    }

    @POST
    @RolesAllowed(Roles.DEPARTMENT)
    @Operation(
            summary = "申诉: contest one deduction of the order (entryId, a ledger entry), open or closed, with reasons "
                    + "and evidence ids, within the appeal window (cc.rectification.appeal.window-working-days, 5 by "
                    + "default, after the entry; later: 409); one appeal per entry, a decided one is final (409); the "
                    + "clock runs on; published as cc.rectification.appealed.v1")
    @APIResponse(
            responseCode = "201",
            description = "已提交申诉: the appeal as filed, pending",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Appeals.View.class)))
    public Response appeal(@PathParam("id") String id, @Valid @NotNull Appeals.Create request) {
        OrderRequest a =
                requests.file(RequestKind.APPEAL, id, caller.scope(), caller.filer(), request.reason(), filed -> {
                    filed.ledgerEntryId = request.entryId().trim();
                    filed.evidence(request.evidenceIds() == null ? List.of() : request.evidenceIds());
                });
        return Response.status(Response.Status.CREATED)
                .entity(Appeals.View.of(a))
                .build();
    }

    @POST
    @Path("/{appealId}/decision")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "The office decides: UPHELD reverses exactly the contested deduction and the order goes on, "
                    + "REJECTED is final; published as cc.rectification.appeal-decided.v1. Nobody decides an appeal they "
                    + "filed (409).")
    public Appeals.View decide(
            @PathParam("id") String id,
            @PathParam("appealId") String appealId,
            @Valid @NotNull Appeals.Decide request) {
        return Appeals.View.of(requests.decide(
                RequestKind.APPEAL,
                id,
                appealId,
                caller.scope(),
                caller.decider(),
                request.decision() == AppealDecision.UPHELD,
                request.comment()));
    }
}
