package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/** {@code cc.rectification.appealed.v1}: the unit appealed (申诉) the order. */
public record RectificationAppealed(OrderRef order, String appealId, String reason, String by, OffsetDateTime at)
        implements OrderEvent {}
