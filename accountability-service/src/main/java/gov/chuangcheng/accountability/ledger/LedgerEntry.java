package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.accountability.storage.StringListConverter;
import gov.chuangcheng.events.EscalationLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** One entry of a unit's assessment ledger (考核台账). Append-only: the database refuses updates and deletes. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry extends PanacheEntityBase {
    @Id
    public String id;
    /** Append order, assigned by the database. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    public String reason;
    public BigDecimal points;

    @Column(name = "order_id")
    public String orderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Enumerated(EnumType.STRING)
    public EscalationLevel level;

    @Column(name = "reversal_of")
    public String reversalOf;

    @Column(name = "score_after")
    public BigDecimal scoreAfter;

    @Column(name = "recorded_at")
    public Instant recordedAt;
    /** See {@link #kind()}: null in entries recorded before kinds existed. */
    @Column(name = "kind")
    public String storedKind;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Convert(converter = StringListConverter.class)
    @Column(name = "evidence_ids")
    public List<String> evidenceIds;

    @Column(name = "task_id")
    public String taskId;

    /** {@code ESCALATION}, {@code TASK_OVERDUE}, {@code REVERSAL} or a manual kind; older entries read theirs off. */
    public String kind() {
        if (storedKind != null) {
            return storedKind;
        }
        if (reversalOf != null) {
            return LedgerKinds.REVERSAL;
        }
        return level != null ? LedgerKinds.ESCALATION : LedgerKinds.TASK_OVERDUE;
    }
}
