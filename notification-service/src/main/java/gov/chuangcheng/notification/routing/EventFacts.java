package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;

/**
 * What routing needs to know of a domain event: its id and type, the unit it concerns, and the level and severity of
 * its order (null for events without an order). {@code payload} is the decoded event, kept for rendering.
 */
public record EventFacts(String eventId, String eventType, String unitCode, String unitName, EscalationLevel level,
                         Severity severity, Record payload) {
}
