package gov.chuangcheng.accountability.escalation;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A due step of an order's escalation ladder; pending while {@code firedAt} is null. */
@Entity
@Table(name = "escalation_step")
public class EscalationStep extends PanacheEntityBase {

    /**
     * From the column's own sequence, 50 ids per call (V13 sets its increment to match): an order's five steps are then
     * one batched insert instead of five round trips. Ids only break ties between steps of one order due at the same
     * time, and those are always scheduled together.
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalation_step_ids")
    @SequenceGenerator(name = "escalation_step_ids", sequenceName = "escalation_step_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "order_id")
    public String orderId;

    @Enumerated(EnumType.STRING)
    public EscalationLevel level;

    @Enumerated(EnumType.STRING)
    public EscalationReason reason;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "fired_at")
    public Instant firedAt;

    @Enumerated(EnumType.STRING)
    public StepOutcome outcome;
}
