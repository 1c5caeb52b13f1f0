package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/** {@code cc.rectification.closed.v1}: the order was verified fixed and closed (销号). */
public record RectificationClosed(OrderRef order, String verifiedBy, boolean onTime, OffsetDateTime at) {
}
