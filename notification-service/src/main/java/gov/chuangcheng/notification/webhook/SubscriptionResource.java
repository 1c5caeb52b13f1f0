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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    public Response get(@PathParam("id") UUID id) {
        WebhookSubscription s = subscriptions.require(callers.current(), id);
        return Response.ok(SubscriptionView.of(s, false, subscriptions.now()))
                .tag(Versions.entityTag(s.version))
                .build();
    }

    @POST
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(summary = "Subscribe a URL; the answer carries the signing secret, the only time it is shown")
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
