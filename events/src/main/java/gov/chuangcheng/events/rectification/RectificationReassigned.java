package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/**
 * {@code cc.rectification.reassigned.v1}: the office moved the order to another unit (改派), after a dispute or
 * directly. {@code order} is the order after the move (its new unit and fresh deadline); the episode goes on.
 */
public record RectificationReassigned(
        OrderRef order,
        UnitLink from,
        UnitLink to,
        String reason,
        boolean settled,
        String disputeId,
        String by,
        OffsetDateTime at)
        implements OrderEvent {}
