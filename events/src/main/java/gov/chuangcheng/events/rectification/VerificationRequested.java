package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/** {@code cc.rectification.verification-requested.v1}: a re-inspection (复查) of the point is due by {@code dueBy}. */
public record VerificationRequested(OrderRef order, OffsetDateTime dueBy, OffsetDateTime at) implements OrderEvent {}
