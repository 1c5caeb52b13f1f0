package gov.chuangcheng.notification.webhook;

import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook subscriptions (推送订阅) of other systems, signed per Standard Webhooks. The office manages all of them; an
 * integration client creates, reads, changes and deletes only its own (another client's answers 404).
 */
@Path("/webhook-subscriptions")
@Tag(name = "Webhook subscriptions 推送订阅")
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final DeliveryService deliveries;
    private final Callers callers;

    public SubscriptionResource(SubscriptionService subscriptions, DeliveryService deliveries, Callers callers) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    public Page<SubscriptionView> list(@BeanParam @Valid PageRequest paging) {
        return subscriptions
                .list(callers.current(), paging)
                .map(s -> SubscriptionView.of(s, false, subscriptions.now()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @APIResponse(
            responseCode = "200",
            description = "The subscription (without its secret)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubscriptionView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") UUID id) {
        WebhookSubscription s = subscriptions.require(callers.current(), id);
        return Response.ok(SubscriptionView.of(s, false, subscriptions.now()))
                .tag(Versions.entityTag(s.version))
                .build();
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(summary = "Subscribe a URL; the answer carries the signing secret, the only time it is shown")
    @APIResponse(
            responseCode = "201",
            description = "已创建: the subscription, with its signing secret shown this once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubscriptionView.class)),
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
    public Response create(@Valid @NotNull SubscriptionRequest request, @Context UriInfo uri) {
        WebhookSubscription s = subscriptions.create(callers.current(), request);
        return Response.created(
                        uri.getAbsolutePathBuilder().path(s.id.toString()).build())
                .tag(Versions.entityTag(s.version))
                .entity(SubscriptionView.of(s, true, subscriptions.now()))
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(
            summary = "Replace a subscription (active = true re-enables one disabled by failures or 410, and "
                    + "resets its failure count); requires If-Match")
    @APIResponse(
            responseCode = "200",
            description = "已保存: the subscription as replaced",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubscriptionView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response update(
            @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SubscriptionRequest request) {
        WebhookSubscription s = subscriptions.update(callers.current(), id, ifMatch, request);
        return Response.ok(SubscriptionView.of(s, false, subscriptions.now()))
                .tag(Versions.entityTag(s.version))
                .build();
    }

    @POST
    @Path("/{id}/rotate-secret")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(
            summary =
                    "Replace the signing secret; the previous one keeps signing for the overlap (default 24 h), "
                            + "so deliveries carry both signatures meanwhile; the answer shows the new secret once; requires If-Match")
    @APIResponse(
            responseCode = "200",
            description = "The subscription with its new signing secret, shown this once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SubscriptionView.class)),
            headers =
                    @Header(
                            name = "ETag",
                            description = "版本标签 (entity tag): send it as If-Match to change the resource",
                            schema = @Schema(type = SchemaType.STRING)))
    public Response rotateSecret(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid RotateSecretRequest request) {
        WebhookSubscription s = subscriptions.rotateSecret(callers.current(), id, ifMatch, request);
        return Response.ok(SubscriptionView.of(s, true, subscriptions.now()))
                .tag(Versions.entityTag(s.version))
                .build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @APIResponse(responseCode = "204", description = "已删除: the subscription is deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        subscriptions.delete(callers.current(), id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(summary = "The subscription's delivery log, newest first")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @BeanParam @Valid PageRequest paging) {
        return subscriptions.deliveries(callers.current(), id, paging).map(DeliveryView::of);
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(
            summary = "Queue every dead letter (FAILED or ABANDONED delivery) of the subscription again, each with "
                    + "its webhook-id; only those created since 'since' (ISO-8601 instant) when given")
    @APIResponse(
            responseCode = "202",
            description = "已排队: how many dead letters were queued again",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReplayView.class)))
    public Response replayDeadLetters(@PathParam("id") UUID id, @QueryParam("since") String since) {
        Instant from = null;
        if (since != null && !since.isBlank()) {
            try {
                from = Instant.parse(since.trim());
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("since", "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
            }
        }
        return Response.accepted(new ReplayView(deliveries.replayDeadLetters(callers.current(), id, from)))
                .build();
    }
}
