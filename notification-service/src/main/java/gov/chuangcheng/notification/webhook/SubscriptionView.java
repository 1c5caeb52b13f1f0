package gov.chuangcheng.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as the API shows it; the secret only in the answer to its creation or to a rotation.
 *
 * @param previousSecretExpiresAt until when deliveries are also signed with the secret before the last rotation
 */
public record SubscriptionView(UUID id, String name, String url, List<String> eventTypes, List<String> unitCodes,
                               String owner, boolean active, String disabledReason, String secret,
                               Instant previousSecretExpiresAt, long version, Instant createdAt) {

    static SubscriptionView of(WebhookSubscription s, boolean withSecret, Instant now) {
        return new SubscriptionView(s.id, s.name, s.url, s.eventTypeList(), s.unitCodeList(), s.owner, s.active,
                s.disabledReason, withSecret ? s.secret : null,
                s.previousSecretActive(now) ? s.previousSecretExpiresAt : null, s.version, s.createdAt);
    }
}
