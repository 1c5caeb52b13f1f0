package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/** {@code cc.rectification.dispatched.v1}: the responsible unit dispatched its order inside the unit (派遣). */
public record RectificationDispatched(OrderRef order, Assignee assignee, String comment, String by, OffsetDateTime at)
        implements OrderEvent {}
