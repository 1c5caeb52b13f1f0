package gov.chuangcheng.notification.mail;

import java.util.UUID;

/** The RFC 5322 Message-ID of a notification's mail: fixed by its id, so a retried mail keeps it. */
public final class MessageIds {

    public static final String DOMAIN = "notification.chuangcheng.local";

    private MessageIds() {}

    public static String of(UUID notificationId) {
        return "<" + notificationId + "@" + DOMAIN + ">";
    }
}
