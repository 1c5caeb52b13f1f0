package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/** {@code cc.rectification.suspended.v1}: the clock of the order was stopped (挂起), e.g. pending an appeal. */
public record RectificationSuspended(OrderRef order, String reason, String by, OffsetDateTime at)
        implements OrderEvent {}
