package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.rectification.EscalationReason;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One line of an order's history (append-only). */
@Entity
@Table(name = "rectification_history")
public class RectificationHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "order_id")
    public String orderId;

    public Instant at;
    public String action;
    public String actor;

    @Enumerated(EnumType.STRING)
    public RectificationStatus status;

    @Enumerated(EnumType.STRING)
    public EscalationLevel level;

    public String note;

    /** Why the order climbed, on {@code ESCALATED} lines; null on every other line. */
    @Enumerated(EnumType.STRING)
    public EscalationReason reason;

    public static void record(RectificationOrder order, Instant at, String action, String actor, String note) {
        record(order, at, action, actor, note, null);
    }

    /** A line with the reason of an escalation ({@code ESCALATED}). */
    public static void record(
            RectificationOrder order, Instant at, String action, String actor, String note, EscalationReason reason) {
        RectificationHistory h = new RectificationHistory();
        h.orderId = order.id();
        h.at = at;
        h.action = action;
        h.actor = actor;
        h.status = order.status();
        h.level = order.level();
        h.note = note;
        h.reason = reason;
        h.persist();
    }

    public static List<RectificationHistory> of(String orderId) {
        return list("orderId = ?1 order by id", orderId);
    }
}
