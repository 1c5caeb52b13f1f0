package gov.chuangcheng.events.notification;

import java.time.OffsetDateTime;

/**
 * {@code cc.notification.sent.v1}: one notification was delivered (or handed to its channel) to one recipient.
 *
 * @param recipient       a Keycloak username, an e-mail address or a webhook subscription id
 * @param sourceEventId   the id of the domain event that caused it
 */
public record NotificationSent(
        String notificationId,
        String recipient,
        NotificationChannel channel,
        String unitCode,
        String sourceEventId,
        String sourceEventType,
        String title,
        String body,
        OffsetDateTime sentAt) {}
