package gov.chuangcheng.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event for one subscription, and how its delivery went (the delivery log). */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public enum Status {
        PENDING,
        DELIVERED,
        FAILED,
        ABANDONED
    }

    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "source_event_id")
    public String sourceEventId;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "unit_code")
    public String unitCode;

    public String payload;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
    /** How often it was replayed by hand; {@link #attempts} counts the attempts of the current round. */
    public int replays;

    @Column(name = "replayed_at")
    public Instant replayedAt;

    @Column(name = "replayed_by")
    public String replayedBy;
}
