package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/**
 * {@code cc.responsibility.settled.v1}: the office settled which unit answers for the order's point × standard (确权),
 * deciding a dispute or reassigning directly. inspection-service routes the next failure there before the point's own
 * unit.
 */
public record ResponsibilitySettled(OrderRef order, UnitLink unit, String reason, String by, OffsetDateTime at)
        implements OrderEvent {}
