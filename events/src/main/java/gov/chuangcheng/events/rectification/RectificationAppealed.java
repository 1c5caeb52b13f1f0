package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/**
 * {@code cc.rectification.appealed.v1}: the unit appealed (申诉) a deduction the order cost it.
 *
 * @param deduction the ledger entry contested; null in appeals filed before appeals named one
 */
public record RectificationAppealed(
        OrderRef order, String appealId, String reason, Deduction deduction, String by, OffsetDateTime at)
        implements OrderEvent {

    public RectificationAppealed(OrderRef order, String appealId, String reason, String by, OffsetDateTime at) {
        this(order, appealId, reason, null, by, at);
    }
}
