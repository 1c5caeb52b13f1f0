package gov.chuangcheng.accountability.construction;

import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 施工挂起: the office stops the clocks of every open order at some points for a construction, until a date. */
@Path("/construction-suspensions")
@Tag(name = "Construction suspensions 施工挂起")
public class ConstructionResource {

    private final ConstructionSuspensions constructions;
    private final Actor actor;

    public ConstructionResource(ConstructionSuspensions constructions, Actor actor) {
        this.constructions = constructions;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(summary = "Construction suspensions still running, newest first (ended ones too with ended=true)")
    public List<ConstructionView> list(@QueryParam("ended") boolean endedToo) {
        return constructions.list(endedToo);
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary =
                    "施工挂起: stop the clock of every open order at the points (a market, the segments of a street) "
                            + "for a construction, with the reason and the last day of the works; each order is published as "
                            + "cc.rectification.suspended.v1 and resumes on its own the day after (cc.rectification.resumed.v1)")
    @APIResponse(
            responseCode = "201",
            description = "The construction suspension, with the numbers of the orders it stopped",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConstructionView.class)))
    public Response start(@Valid @NotNull ConstructionRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(constructions.start(request, actor.username()))
                .build();
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "The works ended early: the clocks of the orders it stopped run again now, with the office time "
                    + "each had left; 409 once it has ended")
    public ConstructionView end(@PathParam("id") String id) {
        return constructions.end(id, actor.username());
    }
}
