package gov.chuangcheng.notification.webhook;

import java.time.Instant;
import java.util.UUID;

/** One entry of a subscription's delivery log. {@code id} is the {@code webhook-id} the receiver saw. */
public record DeliveryView(UUID id, String sourceEventId, String eventType, WebhookDelivery.Status status,
                           int attempts, Integer lastStatus, String lastError, Instant nextAttemptAt,
                           Instant createdAt, Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.sourceEventId, d.eventType, d.status, d.attempts, d.lastStatus, d.lastError,
                d.nextAttemptAt, d.createdAt, d.deliveredAt);
    }
}
