package gov.chuangcheng.accountability.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A unit's request for a later deadline (延期申请) and the office's decision. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest extends PanacheEntityBase {

    public enum Status {
        PENDING("待审批"),
        APPROVED("已批准"),
        REJECTED("已驳回");

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
    @Column(name = "working_days")
    public int workingDays;
    public String reason;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_comment")
    public String decisionComment;
    @Column(name = "previous_deadline")
    public Instant previousDeadline;
    @Column(name = "new_deadline")
    public Instant newDeadline;
}
