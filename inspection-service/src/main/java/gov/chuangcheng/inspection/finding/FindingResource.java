package gov.chuangcheng.inspection.finding;

import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Findings (巡查发现 / 随手拍): an inspector reports a problem wherever it is; it goes to the registered point there,
 * else to a temporary point of the grid it lies in, else to the office to dispatch.
 */
@Path("/findings")
@Tag(name = "Findings 巡查发现")
public class FindingResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final FindingService findings;
    private final Actor actor;

    public FindingResource(FindingService findings, Actor actor) {
        this.findings = findings;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(
            summary = "Report a problem found anywhere; publishes cc.problem.reported.v1 (channel inspection) for the "
                    + "unit that answers there",
            description = "Routed to the nearest registered active point of a type whose checklist has the item "
                    + "within cc.routing.point-radius-meters (50 m); else to a temporary point (临时点位) of the most "
                    + "specific grid containing the position, reused for the same standard within "
                    + "cc.routing.temporary-reuse-meters (30 m); outside every grid it waits for the office (202, "
                    + "待创城办派遣). Send an Idempotency-Key so that a retry answers the first result.")
    @APIResponse(
            responseCode = "201",
            description = "已转责任单位: the point (temporary or not) and the unit",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FindingView.class)))
    @APIResponse(
            responseCode = "202",
            description = "待创城办派遣: outside every grid; the office dispatches it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FindingView.class)))
    public Response submit(
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey, @Valid @NotNull FindingRequest request) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null && key.length() > 200) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "must be at most 200 characters");
        }
        FindingService.Submitted submitted;
        try {
            submitted = findings.submit(request, key, actor.username());
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // a concurrent retry with the same key committed first (unique key): answer with its result
            Optional<FindingService.Submitted> earlier =
                    key == null ? Optional.empty() : findings.replay(actor.username(), key, findings.hash(request));
            submitted = earlier.orElseThrow(() -> e);
        }
        FindingView view = submitted.finding();
        Response.ResponseBuilder response = Response.status(
                        view.status() == Finding.Status.PENDING_DISPATCH ? 202 : 201)
                .entity(view);
        if (submitted.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    @GET
    @Path("/pending-dispatch")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Findings and reports outside every grid waiting for dispatch (待派遣), oldest first")
    public Page<FindingView> pending(@BeanParam @Valid PageRequest paging) {
        return findings.pending(paging);
    }

    @POST
    @Path("/{id}/dispatch")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Dispatch (派遣) a finding outside every grid to a unit: a temporary point of that unit, then "
                    + "cc.problem.reported.v1 as for any finding; 409 when it is not waiting")
    public FindingView dispatch(@PathParam("id") String id, @Valid @NotNull DispatchRequest request) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("finding", id);
        }
        return findings.dispatch(uuid, request, actor.username());
    }
}
