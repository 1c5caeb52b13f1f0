package gov.chuangcheng.notification.routing;

import java.time.OffsetDateTime;

/**
 * The notice that a webhook subscription was disabled automatically, routed like a domain event (type
 * {@link #TYPE}, rules of the office, seeded: 创城办 by inbox and mail) but raised by this service itself; it is not
 * a Kafka event of the catalogue and is never posted to webhooks.
 *
 * @param reason why, in Chinese, as the office reads it
 */
public record EndpointDisabled(
        String subscriptionId, String name, String url, String owner, String reason, OffsetDateTime at) {

    public static final String TYPE = "cc.webhook-subscription.disabled.v1";
}
