package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/** {@code cc.rectification.extended.v1}: the office granted a later deadline (延期). */
public record RectificationExtended(
        OrderRef order,
        OffsetDateTime previousDeadline,
        OffsetDateTime newDeadline,
        String reason,
        String approvedBy,
        OffsetDateTime at)
        implements OrderEvent {}
