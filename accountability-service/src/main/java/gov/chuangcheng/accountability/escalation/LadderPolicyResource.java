package gov.chuangcheng.accountability.escalation;

import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The escalation ladder (提醒 → 督办 → 通报 → 约谈 → 问责) as the office sets it per severity and per standard: rungs (how
 * high the clock climbs) and delays. A change applies to orders opened after it; open orders keep their ladder.
 */
@Path("/ladder-policy")
@Tag(name = "Escalation ladder 升级规则")
public class LadderPolicyResource {

    private final LadderPolicies policies;
    private final Actor actor;

    public LadderPolicyResource(LadderPolicies policies, Actor actor) {
        this.policies = policies;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "The ladders in force: the configured one and the office's per severity and per standard (a "
                    + "standard's wins); with history=true also every retired version")
    public LadderView get(@QueryParam("history") boolean history) {
        return policies.view(history);
    }

    /** {@code severities/{severity}} (CRITICAL, SERIOUS, GENERAL) or {@code standards/{code}}. */
    private static final String SCOPE = "/{scope: severities|standards}/{key}";

    @GET
    @Path(SCOPE)
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.DEPARTMENT})
    @Operation(
            summary = "The office's ladder of a severity (severities/CRITICAL, SERIOUS, GENERAL) or of a standard "
                    + "(standards/S-3.1.4); 404 when it set none")
    @APIResponse(
            responseCode = "200",
            description = "The ladder in force for the scope",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LadderView.Ladder.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response one(@PathParam("scope") String scope, @PathParam("key") String key) {
        LadderPolicy p = policies.get(scope(scope), key);
        return Response.ok(LadderView.Ladder.of(p))
                .tag(Versions.entityTag(p.id))
                .build();
    }

    @PUT
    @Path(SCOPE)
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Set the ladder of a severity or a standard (a standard's wins over its severity's) for orders "
                    + "opened from now on; replacing the office's ladder needs If-Match with its ETag")
    @APIResponse(
            responseCode = "200",
            description = "已保存: the ladder now in force for the scope",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LadderView.Ladder.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response set(
            @PathParam("scope") String scope,
            @PathParam("key") String key,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LadderPolicyRequest request) {
        LadderPolicy p = policies.set(scope(scope), key, ifMatch, request, actor.username());
        return Response.ok(LadderView.Ladder.of(p))
                .tag(Versions.entityTag(p.id))
                .build();
    }

    @DELETE
    @Path(SCOPE)
    @RolesAllowed(Roles.OFFICE)
    @Operation(
            summary = "Retire the office's ladder of a scope (kept in the history): new orders take the severity's or "
                    + "the configured ladder again; needs If-Match")
    @APIResponse(responseCode = "204", description = "已撤销")
    public Response remove(
            @PathParam("scope") String scope, @PathParam("key") String key, @HeaderParam("If-Match") String ifMatch) {
        policies.remove(scope(scope), key, ifMatch, actor.username());
        return Response.noContent().build();
    }

    private static LadderPolicy.Scope scope(String path) {
        return path.equals("severities") ? LadderPolicy.Scope.SEVERITY : LadderPolicy.Scope.STANDARD;
    }
}
