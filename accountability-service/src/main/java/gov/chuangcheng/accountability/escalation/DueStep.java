package gov.chuangcheng.accountability.escalation;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.rectification.EscalationReason;
import java.time.Instant;

/** A step of an order's ladder that is due: reach {@code level} (for {@code reason}) as of {@code dueAt}. */
public record DueStep(Long id, String orderId, EscalationLevel level, EscalationReason reason, Instant dueAt) {}
