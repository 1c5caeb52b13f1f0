package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.rectification.opened.v1}: a rectification order (整改单) was opened for the responsible unit.
 *
 * @param sourceRef   the inspection id or Open311 request id that opened it
 * @param relapse     true when the same point × standard failed again soon after an episode closed (反弹); the
 *                    order then starts one level up
 */
public record RectificationOpened(
        OrderRef order,
        OrderSource source,
        String sourceRef,
        String description,
        List<String> evidenceIds,
        boolean relapse,
        OffsetDateTime openedAt)
        implements OrderEvent {}
