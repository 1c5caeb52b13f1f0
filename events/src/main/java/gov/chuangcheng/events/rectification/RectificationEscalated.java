package gov.chuangcheng.events.rectification;

import gov.chuangcheng.events.EscalationLevel;
import java.time.OffsetDateTime;

/**
 * {@code cc.rectification.escalated.v1}: the order moved one rung up the ladder; {@code order.level} is the new level.
 */
public record RectificationEscalated(
        OrderRef order,
        EscalationLevel previousLevel,
        EscalationLevel level,
        EscalationReason reason,
        OffsetDateTime at)
        implements OrderEvent {}
