package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/** {@code cc.rectification.resumed.v1}: the clock runs again; {@code order.deadline} is the recomputed deadline. */
public record RectificationResumed(OrderRef order, String by, OffsetDateTime at) implements OrderEvent {}
