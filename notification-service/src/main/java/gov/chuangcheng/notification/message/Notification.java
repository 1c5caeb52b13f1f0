package gov.chuangcheng.notification.message;

import gov.chuangcheng.events.notification.NotificationChannel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One message to one recipient through one channel, caused by one domain event. {@code (sourceEventId, recipient,
 * channel)} is unique, so a redelivered event or a restart never creates a second message. Rows are inserted by
 * {@link gov.chuangcheng.notification.routing.NotificationRouter} and only moved forward (sent, read) afterwards.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "source_event_id")
    public String sourceEventId;

    @Column(name = "source_event_type")
    public String sourceEventType;
    /** A Keycloak username (INBOX) or an e-mail address (MAIL). */
    public String recipient;

    @Enumerated(EnumType.STRING)
    public NotificationChannel channel;

    @Column(name = "recipient_name")
    public String recipientName;
    /** The unit the notification concerns. */
    @Column(name = "unit_code")
    public String unitCode;

    public String title;
    public String body;

    @Enumerated(EnumType.STRING)
    public NotificationStatus status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "read_at")
    public Instant readAt;
}
