package gov.chuangcheng.notification.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a subscription's delivery log. {@code id} is the {@code webhook-id} the receiver saw, on every attempt
 * and every replay; {@code attempts} counts the attempts of the current round, {@code replays} the manual replays.
 */
public record DeliveryView(
        UUID id,
        UUID subscriptionId,
        String sourceEventId,
        String eventType,
        WebhookDelivery.Status status,
        int attempts,
        Integer lastStatus,
        String lastError,
        Instant nextAttemptAt,
        Instant createdAt,
        Instant deliveredAt,
        int replays,
        Instant replayedAt,
        String replayedBy) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(
                d.id,
                d.subscriptionId,
                d.sourceEventId,
                d.eventType,
                d.status,
                d.attempts,
                d.lastStatus,
                d.lastError,
                d.nextAttemptAt,
                d.createdAt,
                d.deliveredAt,
                d.replays,
                d.replayedAt,
                d.replayedBy);
    }
}
