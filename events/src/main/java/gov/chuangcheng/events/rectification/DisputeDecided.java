package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/**
 * {@code cc.rectification.dispute-decided.v1}: the office decided a responsibility dispute (确权). A REASSIGNED decision
 * is followed by {@code cc.rectification.reassigned.v1}; {@code finalDecision} says that the order can be disputed no
 * more.
 */
public record DisputeDecided(
        OrderRef order,
        String disputeId,
        DisputeDecision decision,
        UnitLink settledUnit,
        String comment,
        boolean finalDecision,
        String by,
        OffsetDateTime at)
        implements OrderEvent {}
