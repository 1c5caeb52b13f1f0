package gov.chuangcheng.task.veto;

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

/**
 * The occurrences of negative-list items (一票否决) the office records: one standing occurrence disqualifies the city
 * whatever its score, so the dashboard shows it above the score.
 */
@Path("/veto-occurrences")
@Tag(name = "Evaluation system 测评体系")
public class VetoOccurrenceResource {

    private final VetoService veto;
    private final Actor actor;

    public VetoOccurrenceResource(VetoService veto, Actor actor) {
        this.veto = veto;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(
            summary = "Every occurrence recorded against the active evaluation system, withdrawn ones included, "
                    + "latest first")
    public List<VetoOccurrenceView> occurrences() {
        return veto.occurrences();
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Record an occurrence of an item of the active version's negative list: what, where, when, "
                    + "evidence (photo ids from POST /evidence of inspection-service)")
    @APIResponse(
            responseCode = "201",
            description = "The occurrence as recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VetoOccurrenceView.class)))
    public Response record(@Valid @NotNull VetoOccurrenceRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(veto.record(request, actor.username()))
                .build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Withdraw an occurrence (e.g. it proved not to be one), with the reason; the occurrence stays on "
                    + "record with its withdrawal, and a second withdrawal is refused (409)")
    public VetoOccurrenceView withdraw(@PathParam("id") String id, @Valid @NotNull VetoWithdrawalRequest request) {
        return veto.withdraw(id, request.reason(), actor.username());
    }
}
