package gov.chuangcheng.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt to post a delivery (table {@code webhook_attempt}): the log keeps every one, replays included. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {

    public enum Outcome {
        DELIVERED,
        RETRY,
        FAILED,
        GONE,
        REFUSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id")
    public UUID deliveryId;
    /** 0 for the first round, n for the n-th replay. */
    public int round;

    public int attempt;

    @Column(name = "attempted_at")
    public Instant attemptedAt;

    public Integer status;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Outcome outcome;

    public String error;
}
