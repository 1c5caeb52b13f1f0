package gov.chuangcheng.notification.routing;

import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Routing rules (通知规则): which events reach whom through which channels. The office manages them. */
@Path("/notification-rules")
@Tag(name = "Notification rules 通知规则")
public class RuleResource {

    private final RuleService rules;

    public RuleResource(RuleService rules) {
        this.rules = rules;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(summary = "Routing rules, optionally of one event type, paginated")
    public Page<RuleView> list(@QueryParam("eventType") String eventType, @BeanParam @Valid PageRequest paging) {
        return rules.list(eventType, paging).map(RuleView::of);
    }

    @GET
    @Path("/event-types")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @Operation(summary = "The event types rules can route")
    public List<String> eventTypes() {
        return RoutedEvents.routableTypes();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.LEADER})
    @APIResponse(
            responseCode = "200",
            description = "The routing rule",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") UUID id) {
        NotificationRule rule = rules.require(id);
        return Response.ok(RuleView.of(rule))
                .tag(Versions.entityTag(rule.version))
                .build();
    }

    @POST
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Create a routing rule")
    @APIResponse(
            responseCode = "201",
            description = "已创建: the routing rule",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)),
            headers = {
                @Header(
                        name = "Location",
                        description = "新资源的地址 (URL of what was created)",
                        schema = @Schema(type = SchemaType.STRING, format = "uri")),
                @Header(
                        name = "ETag",
                        description = "版本标签 (entity tag): send it as If-Match to change the resource",
                        schema = @Schema(type = SchemaType.STRING))
            })
    public Response create(@Valid @NotNull RuleRequest request, @Context UriInfo uri) {
        NotificationRule rule = rules.create(request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(rule.id.toString()).build())
                .tag(Versions.entityTag(rule.version))
                .entity(RuleView.of(rule))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Replace a routing rule; requires If-Match with the rule's ETag")
    @APIResponse(
            responseCode = "200",
            description = "已保存: the routing rule as replaced",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RuleRequest request) {
        NotificationRule rule = rules.update(id, ifMatch, request);
        return Response.ok(RuleView.of(rule))
                .tag(Versions.entityTag(rule.version))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.OFFICE)
    @Operation(summary = "Delete a routing rule; requires If-Match with the rule's ETag")
    @APIResponse(responseCode = "204", description = "已删除: the routing rule is deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        rules.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
