package gov.chuangcheng.accountability.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A unit's appeal (申诉) against an order, and the office's decision. */
@Entity
@Table(name = "appeal")
public class Appeal extends PanacheEntityBase {

    public enum Status {
        PENDING("待裁定"),
        UPHELD("申诉成立"),
        REJECTED("申诉驳回");

        private final String displayName;

        Status(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    public String reason;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "appealed_by")
    public String appealedBy;
    @Column(name = "appealed_at")
    public Instant appealedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_comment")
    public String decisionComment;
    @Column(name = "suspended_order")
    public boolean suspendedOrder;
}
