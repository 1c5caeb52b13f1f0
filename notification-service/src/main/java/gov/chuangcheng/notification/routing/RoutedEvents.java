package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.rectification.AppealDecided;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.platform.inbox.PoisonEventException;

import java.util.List;

/** The domain events notification-service routes, and how each one becomes {@link EventFacts}. */
public final class RoutedEvents {

    public static final List<EventType<?>> TYPES = List.of(
            EventCatalog.RECTIFICATION_OPENED, EventCatalog.RECTIFICATION_ESCALATED,
            EventCatalog.VERIFICATION_REQUESTED, EventCatalog.RECTIFICATION_CLOSED, EventCatalog.APPEAL_DECIDED,
            EventCatalog.TASK_OVERDUE);

    private RoutedEvents() {
    }

    public static boolean isRouted(String eventType) {
        return TYPES.stream().anyMatch(t -> t.name().equals(eventType));
    }

    /** Whether events of this type concern a rectification order (and so have a level and a severity). */
    public static boolean hasOrder(String eventType) {
        return isRouted(eventType) && !EventCatalog.TASK_OVERDUE.name().equals(eventType);
    }

    public static EventFacts facts(String eventId, String eventType, Record payload) {
        if (payload instanceof RectificationOpened e) {
            return order(eventId, eventType, e.order(), payload);
        }
        if (payload instanceof RectificationEscalated e) {
            EventFacts f = order(eventId, eventType, e.order(), payload);
            // the event's own level is authoritative for the step it announces
            return new EventFacts(f.eventId(), f.eventType(), f.unitCode(), f.unitName(),
                    e.level() != null ? e.level() : f.level(), f.severity(), payload);
        }
        if (payload instanceof VerificationRequested e) {
            return order(eventId, eventType, e.order(), payload);
        }
        if (payload instanceof RectificationClosed e) {
            return order(eventId, eventType, e.order(), payload);
        }
        if (payload instanceof AppealDecided e) {
            return order(eventId, eventType, e.order(), payload);
        }
        if (payload instanceof TaskOverdue e) {
            return new EventFacts(eventId, eventType, e.leadUnitCode(), e.leadUnitName(), null, null, payload);
        }
        throw new IllegalArgumentException("not a routed event: " + eventType);
    }

    private static EventFacts order(String eventId, String eventType, OrderRef order, Record payload) {
        if (order == null) {
            throw new PoisonEventException(eventType + " " + eventId + " carries no order");
        }
        return new EventFacts(eventId, eventType, order.unitCode(), order.unitName(), order.level(), order.severity(),
                payload);
    }
}
