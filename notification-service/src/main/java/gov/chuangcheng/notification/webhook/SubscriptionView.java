package gov.chuangcheng.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as the API shows it; the secret only in the answer to its creation or to a rotation.
 *
 * @param previousSecretExpiresAt until when deliveries are also signed with the secret before the last rotation
 * @param consecutiveFailures     failed attempts since the last delivered one
 * @param failingSince            the first of them; null while healthy
 * @param disabledAt              when it was disabled automatically (failures or 410 Gone)
 */
public record SubscriptionView(
        UUID id,
        String name,
        String url,
        List<String> eventTypes,
        List<String> unitCodes,
        String owner,
        boolean active,
        String disabledReason,
        Instant disabledAt,
        int consecutiveFailures,
        Instant failingSince,
        String secret,
        Instant previousSecretExpiresAt,
        long version,
        Instant createdAt) {

    static SubscriptionView of(WebhookSubscription s, boolean withSecret, Instant now) {
        return new SubscriptionView(
                s.id,
                s.name,
                s.url,
                s.eventTypeList(),
                s.unitCodeList(),
                s.owner,
                s.active,
                s.disabledReason,
                s.disabledAt,
                s.consecutiveFailures,
                s.failingSince,
                withSecret ? s.secret : null,
                s.previousSecretActive(now) ? s.previousSecretExpiresAt : null,
                s.version,
                s.createdAt);
    }
}
