package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code cc.rectification.submitted.v1}: the unit reported the problem fixed, with evidence. */
public record RectificationSubmitted(
        OrderRef order, String by, String description, List<String> evidenceIds, OffsetDateTime at)
        implements OrderEvent {}
