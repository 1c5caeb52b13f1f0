package gov.chuangcheng.notification.webhook;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the API shows it; the secret only in the answer to its creation. */
public record SubscriptionView(UUID id, String name, String url, List<String> eventTypes, boolean active,
                               String disabledReason, String secret, long version, Instant createdAt) {

    static SubscriptionView of(WebhookSubscription s, boolean withSecret) {
        return new SubscriptionView(s.id, s.name, s.url, s.eventTypeList(), s.active, s.disabledReason,
                withSecret ? s.secret : null, s.version, s.createdAt);
    }
}
