package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
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

/** The assessment ledger (考核台账) and the ranking of units. */
@Path("/ledger")
@Tag(name = "Assessment ledger 考核台账")
public class LedgerResource {

    private final LedgerService ledger;
    private final ManualEntries manual;
    private final UnitDirectory directory;
    private final Actor actor;

    public LedgerResource(LedgerService ledger, ManualEntries manual, UnitDirectory directory, Actor actor) {
        this.manual = manual;
        this.ledger = ledger;
        this.directory = directory;
        this.actor = actor;
    }

    @GET
    @Path("/units/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(summary = "A unit's score and entries, newest first (a department sees its own unit and those below)")
    public LedgerView unit(@PathParam("code") String code) {
        return ledger.unit(code, directory.scopeOf(actor))
                .orElseThrow(() -> ProblemException.notFound("ledger of unit", code));
    }

    @GET
    @Path("/kinds")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary =
                    "The kinds of entries the office records by hand (cc.ledger.manual-kinds), each a deduction or a bonus")
    public List<LedgerKinds.ManualKind> kinds() {
        return manual.kinds();
    }

    @POST
    @Path("/entries")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "An entry by hand: a deduction (暗访曝光, 媒体曝光, 上级通报…) or a bonus (典型经验加分) of a configured kind "
                    + "for a unit, with reason, evidence and optionally the order or task it is about; published as "
                    + "cc.assessment.entry-recorded.v1")
    @APIResponse(
            responseCode = "201",
            description = "The entry recorded, with the unit's score after it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerView.EntryView.class)))
    public Response record(@Valid @NotNull ManualEntryRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(LedgerView.EntryView.of(manual.record(request, actor.username())))
                .build();
    }

    @POST
    @Path("/entries/{id}/reversal")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "撤销: reverse an entry with a reason — a new entry of the opposite points that points at it (the "
                    + "ledger stays append-only); published as cc.assessment.entry-recorded.v1")
    @APIResponse(
            responseCode = "201",
            description = "The reversal entry, with the unit's score after it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LedgerView.EntryView.class)))
    public Response reverse(@PathParam("id") String id, @Valid @NotNull ReversalRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(LedgerView.EntryView.of(manual.reverse(id, request.reason(), actor.username())))
                .build();
    }
}
