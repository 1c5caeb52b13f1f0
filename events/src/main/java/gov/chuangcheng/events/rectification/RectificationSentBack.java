package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/**
 * {@code cc.rectification.sent-back.v1}: the office sent the unit's submitted fix back before it was verified (退回), with
 * a reason; the order waits for the unit again, with the office time it had left at the submission (its clock was
 * stopped meanwhile), and the re-inspection it waited for is withdrawn.
 */
public record RectificationSentBack(OrderRef order, String reason, String by, OffsetDateTime at)
        implements OrderEvent {}
