package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/**
 * {@code cc.rectification.disputed.v1}: the unit returned the order as not its responsibility (退单), naming the unit
 * it believes responsible.
 */
public record RectificationDisputed(
        OrderRef order, String disputeId, UnitLink claimedUnit, String reason, String by, OffsetDateTime at)
        implements OrderEvent {}
