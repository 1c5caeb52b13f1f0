package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import java.util.List;

/**
 * What routing needs to know of a domain event: its id and type, the unit it concerns, and the level and severity of
 * its order (null for events without an order). {@code payload} is the decoded event, kept for rendering.
 *
 * @param coUnitCodes the co-units (配合单位) of a task, reached by the {@link Audience#CO_UNITS} audience; empty
 *                    for other events
 */
public record EventFacts(
        String eventId,
        String eventType,
        String unitCode,
        String unitName,
        EscalationLevel level,
        Severity severity,
        Record payload,
        List<String> coUnitCodes) {

    public EventFacts {
        coUnitCodes = coUnitCodes == null ? List.of() : List.copyOf(coUnitCodes);
    }

    public EventFacts(
            String eventId,
            String eventType,
            String unitCode,
            String unitName,
            EscalationLevel level,
            Severity severity,
            Record payload) {
        this(eventId, eventType, unitCode, unitName, level, severity, payload, List.of());
    }
}
