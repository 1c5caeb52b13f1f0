package gov.chuangcheng.accountability.deadline;

import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deadline policy (处置时限): by severity, and the standards with their own allowance. */
@Path("/deadline-policy")
@Tag(name = "Deadline policy 处置时限")
public class DeadlinePolicyResource {

    private final DeadlinePolicyService policy;
    private final Actor actor;

    public DeadlinePolicyResource(DeadlinePolicyService policy, Actor actor) {
        this.policy = policy;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "The policy in force: the allowance per severity, and every standard with its own allowance "
                    + "(source OFFICE or CONFIG), which wins over the severity's")
    public DeadlinePolicyView get() {
        return policy.view();
    }

    @GET
    @Path("/standards/{code}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(summary = "A standard's own allowance; 404 when the standard has none (its severity's applies)")
    @APIResponse(
            responseCode = "200",
            description = "The standard's own allowance",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeadlinePolicyView.StandardView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 of the office's allowance (none for a configured one), for If-Match",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response standard(@PathParam("code") String code) {
        DeadlinePolicyView.StandardView v =
                policy.standard(code).orElseThrow(() -> ProblemException.notFound("deadline of standard", code));
        Response.ResponseBuilder r = Response.ok(v);
        return v.version() == null
                ? r.build()
                : r.tag(Versions.entityTag(v.version())).build();
    }

    @PUT
    @Path("/standards/{code}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Give a standard its own allowance, e.g. {\"amount\":4,\"unit\":\"WORKING_HOURS\"} for exposed "
                    + "garbage (暴露垃圾); units WORKING_MINUTES, WORKING_HOURS, WORKING_DAYS. Applies to orders opened or sent "
                    + "back from now on. Replacing the office's allowance requires If-Match with its ETag.")
    @APIResponse(
            responseCode = "200",
            description = "已保存: the standard's allowance now in force",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeadlinePolicyView.StandardView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response put(
            @PathParam("code") String code,
            @HeaderParam("If-Match") String ifMatch,
            @jakarta.validation.Valid @NotNull DeadlinePolicyRequest request) {
        DeadlineOverride o = policy.put(code, ifMatch, request, actor.username());
        return Response.ok(DeadlinePolicyView.StandardView.of(o))
                .tag(Versions.entityTag(o.version))
                .build();
    }

    @DELETE
    @Path("/standards/{code}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Remove the office's allowance of a standard (If-Match required); the configured one or the "
                    + "severity's applies again")
    @APIResponse(responseCode = "204", description = "已删除: the office's allowance is removed")
    public Response delete(@PathParam("code") String code, @HeaderParam("If-Match") String ifMatch) {
        policy.delete(code, ifMatch);
        return Response.noContent().build();
    }
}
