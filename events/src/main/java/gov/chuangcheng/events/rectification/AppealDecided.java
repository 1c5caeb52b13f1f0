package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/** {@code cc.rectification.appeal-decided.v1}: the office decided an appeal. */
public record AppealDecided(
        OrderRef order, String appealId, AppealDecision decision, String comment, String by, OffsetDateTime at)
        implements OrderEvent {}
