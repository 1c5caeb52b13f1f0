package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;

/**
 * One message to send: to {@code recipient} (a Keycloak username for INBOX, an e-mail address for MAIL) through
 * {@code channel}, for a contact of {@code recipientUnitCode}.
 */
public record Delivery(
        String recipient,
        NotificationChannel channel,
        String recipientName,
        ContactRole role,
        String recipientUnitCode,
        String recipientUnitName) {}
