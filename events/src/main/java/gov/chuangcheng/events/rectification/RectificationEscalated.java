package gov.chuangcheng.events.rectification;

import gov.chuangcheng.events.EscalationLevel;
import java.time.OffsetDateTime;

/**
 * {@code cc.rectification.escalated.v1}: the order moved one rung up the ladder; {@code order.level} is the new level.
 *
 * @param by        the office user who escalated by hand ({@link EscalationReason#MANUAL}); null for the clock
 * @param comment   the office's reason or the leader's instruction (领导批示) for a manual escalation; null otherwise
 * @param deduction the ledger entry the rung caused; null only in events published before the field existed
 */
public record RectificationEscalated(
        OrderRef order,
        EscalationLevel previousLevel,
        EscalationLevel level,
        EscalationReason reason,
        OffsetDateTime at,
        String by,
        String comment,
        Deduction deduction)
        implements OrderEvent {

    /** A rung reached by the clock, without its deduction (as published before those fields existed). */
    public RectificationEscalated(
            OrderRef order,
            EscalationLevel previousLevel,
            EscalationLevel level,
            EscalationReason reason,
            OffsetDateTime at) {
        this(order, previousLevel, level, reason, at, null, null, null);
    }
}
