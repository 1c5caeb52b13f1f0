package gov.chuangcheng.inspection.inspection;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Inspections (督查记录): inspectors submit; the office and leaders read all, departments those of their units' points
 * and of the point × standards the office settled to their units (确权).
 */
@Path("/inspections")
@Tag(name = "Inspections 督查")
public class InspectionResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final InspectionService inspections;
    private final InspectionQueries queries;
    private final UnitDirectory directory;
    private final Actor actor;

    public InspectionResource(
            InspectionService inspections, InspectionQueries queries, UnitDirectory directory, Actor actor) {
        this.inspections = inspections;
        this.queries = queries;
        this.directory = directory;
        this.actor = actor;
    }

    @POST
    @RolesAllowed(Roles.INSPECTOR)
    @Operation(
            summary = "Submit an inspection; publishes cc.inspection.completed.v1 and one "
                    + "cc.inspection.item-failed.v1 per failed item",
            description = "Send an Idempotency-Key header (e.g. a UUID made when the form was filled in) so that a "
                    + "retry on a poor network returns the first result instead of recording a second inspection; "
                    + "reusing a key for a different submission is 422.")
    @APIResponse(
            responseCode = "201",
            description =
                    "已提交: the inspection recorded (a retry with the same Idempotency-Key answers the first one, with Idempotent-Replayed: true)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InspectionView.class)),
            headers = {
                @Header(
                        name = "Location",
                        description = "新资源的地址 (URL of what was created)",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = REPLAYED,
                        description =
                                "true when the answer is the result of an earlier submission with the same Idempotency-Key",
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response submit(
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull InspectionRequest request,
            @Context UriInfo uri) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.trim();
        if (key != null && key.length() > 200) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "must be at most 200 characters");
        }
        InspectionService.Submitted submitted;
        try {
            submitted = inspections.submit(request, key, actor.username());
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            // a concurrent retry with the same key committed first (unique key): answer with its result
            Optional<InspectionService.Submitted> earlier = key == null
                    ? Optional.empty()
                    : inspections.replay(actor.username(), key, inspections.hash(request));
            submitted = earlier.orElseThrow(() -> e);
        }
        Response.ResponseBuilder response = Response.created(uri.getAbsolutePathBuilder()
                        .path(submitted.inspection().id())
                        .build())
                .entity(submitted.inspection());
        if (submitted.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    @Operation(
            summary = "Inspections the caller may see (department: of its own and its subordinate units' points, and "
                    + "of the point × standards settled to those units; inspector: its own), newest first, paginated")
    public Page<InspectionView> list(
            @QueryParam("point") String point,
            @QueryParam("unit") String unit,
            @QueryParam("passed") Boolean passed,
            @BeanParam @Valid PageRequest paging) {
        return queries.list(visibility(), blankToNull(point), blankToNull(unit), passed, paging);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT, Roles.INSPECTOR})
    public InspectionView get(@PathParam("id") String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("inspection", id);
        }
        return queries.find(uuid, visibility()).orElseThrow(() -> ProblemException.notFound("inspection", id));
    }

    private InspectionQueries.Visibility visibility() {
        if (actor.seesAllUnits()) {
            return new InspectionQueries.Visibility(UnitScope.all(), null);
        }
        if (actor.has(Roles.DEPARTMENT)) {
            return new InspectionQueries.Visibility(directory.scopeOf(actor), null);
        }
        return new InspectionQueries.Visibility(UnitScope.all(), actor.username());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
