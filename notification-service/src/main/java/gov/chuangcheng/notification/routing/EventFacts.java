package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.notice.NoticeIssued;
import gov.chuangcheng.events.rectification.Assignee;
import gov.chuangcheng.events.rectification.OrderEvent;
import gov.chuangcheng.events.rectification.RectificationDispatched;
import gov.chuangcheng.events.rectification.RectificationReassigned;
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

    /**
     * Whom the order was dispatched to inside its unit (派遣), reached by {@link Audience#ASSIGNEE} and copied on
     * every message to the responsible unit: the dispatch's own assignee, else the order's; null when the order is
     * not dispatched or the event has no order.
     */
    public Assignee assignee() {
        if (payload instanceof RectificationDispatched e && e.assignee() != null) {
            return e.assignee();
        }
        return payload instanceof OrderEvent e && e.order() != null ? e.order().assignee() : null;
    }

    /** The units an issued 通报 is addressed to (主送), reached by {@link Audience#MAIN_RECIPIENTS}; empty for others. */
    public List<String> mainRecipientUnitCodes() {
        return payload instanceof NoticeIssued n ? n.mainRecipientUnitCodes() : List.of();
    }

    /** The unit a reassigned order left (改派), reached by {@link Audience#FORMER_UNIT}; null for other events. */
    public String formerUnitCode() {
        return payload instanceof RectificationReassigned e && e.from() != null
                ? e.from().code()
                : null;
    }
}
