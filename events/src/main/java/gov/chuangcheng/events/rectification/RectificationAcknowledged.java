package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/** {@code cc.rectification.acknowledged.v1}: the responsible unit signed for the order (签收). */
public record RectificationAcknowledged(OrderRef order, String by, OffsetDateTime at) implements OrderEvent {}
