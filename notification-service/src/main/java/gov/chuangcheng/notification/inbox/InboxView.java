package gov.chuangcheng.notification.inbox;

import gov.chuangcheng.notification.message.Notification;
import java.time.Instant;
import java.util.UUID;

/** One in-app message (站内信) as its recipient sees it. */
public record InboxView(
        UUID id,
        String title,
        String body,
        String eventType,
        String unitCode,
        Instant createdAt,
        boolean read,
        Instant readAt) {

    static InboxView of(Notification n) {
        return new InboxView(
                n.id, n.title, n.body, n.sourceEventType, n.unitCode, n.createdAt, n.readAt != null, n.readAt);
    }
}
