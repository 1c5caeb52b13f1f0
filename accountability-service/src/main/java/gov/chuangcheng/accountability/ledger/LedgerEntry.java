package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.events.EscalationLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

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
}
