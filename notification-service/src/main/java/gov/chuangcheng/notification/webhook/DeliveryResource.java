package gov.chuangcheng.notification.webhook;

import gov.chuangcheng.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhook deliveries (推送记录): one delivery with every attempt, and its manual replay. The office reaches every
 * delivery, an integration client those of its own subscriptions.
 */
@Path("/webhook-deliveries")
@Tag(name = "Webhook subscriptions 推送订阅")
public class DeliveryResource {

    private final DeliveryService deliveries;
    private final Callers callers;

    public DeliveryResource(DeliveryService deliveries, Callers callers) {
        this.deliveries = deliveries;
        this.callers = callers;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(summary = "A delivery and every attempt made for it, replays included")
    public DeliveryLogView get(@PathParam("id") UUID id) {
        Caller caller = callers.current();
        return new DeliveryLogView(
                DeliveryView.of(deliveries.require(caller, id)),
                deliveries.attempts(caller, id).stream().map(AttemptView::of).toList());
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed({Roles.OFFICE, Roles.INTEGRATION})
    @Operation(
            summary = "Queue a failed, abandoned or delivered delivery again, with the same webhook-id; "
                    + "409 while it is pending or its subscription is disabled")
    @APIResponse(
            responseCode = "202",
            description = "已排队: the delivery, queued again",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DeliveryView.class)))
    public Response replay(@PathParam("id") UUID id) {
        return Response.accepted(DeliveryView.of(deliveries.replay(callers.current(), id)))
                .build();
    }
}
