package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/**
 * {@code cc.rectification.change-requested.v1}: the responsible unit asked for an extension (延期) or a suspension (缓办)
 * of an order; the request waits for the campaign office's decision from now on.
 *
 * @param requestId   id of the request, as its decision will name it
 * @param workingDays the working days asked for (延期); null for a suspension
 * @param by          username of the user who filed it
 */
public record RectificationChangeRequested(
        OrderRef order,
        String requestId,
        RequestedChange change,
        Integer workingDays,
        String reason,
        String by,
        OffsetDateTime at)
        implements OrderEvent {}
