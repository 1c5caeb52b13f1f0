package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;

/**
 * One message to send: to {@code recipient} (a Keycloak username for INBOX, an e-mail address for MAIL) through
 * {@code channel}, for a contact of {@code recipientUnitCode}.
 *
 * @param role     the contact's role; null for an order's named handler (经办人) who is no contact of the unit
 * @param assigned true when the message reaches the recipient as the assignee of the order (派遣: a contact of the
 *                 sub-unit or the named handler), not as a contact of the responsible unit
 */
public record Delivery(
        String recipient,
        NotificationChannel channel,
        String recipientName,
        ContactRole role,
        String recipientUnitCode,
        String recipientUnitName,
        boolean assigned) {

    /** A message to a contact of a unit the rule reaches. */
    public Delivery(
            String recipient,
            NotificationChannel channel,
            String recipientName,
            ContactRole role,
            String recipientUnitCode,
            String recipientUnitName) {
        this(recipient, channel, recipientName, role, recipientUnitCode, recipientUnitName, false);
    }
}
