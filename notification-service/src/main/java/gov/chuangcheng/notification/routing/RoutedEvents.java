package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.notice.NoticeIssued;
import gov.chuangcheng.events.rectification.OrderEvent;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.events.task.TaskAssigned;
import gov.chuangcheng.events.task.TaskCompleted;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.events.task.TaskRejected;
import gov.chuangcheng.events.task.TaskSubmitted;
import gov.chuangcheng.platform.inbox.PoisonEventException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The domain events notification-service routes, and how each one becomes {@link EventFacts}: every event of an
 * order's life on {@code cc.rectifications.v1}, every task event on {@code cc.tasks.v1} and the 通报 the office issues
 * ({@code cc.notice.issued.v1} on {@code cc.assessment.v1}). The settlement of a point ×
 * standard's responsibility ({@code cc.responsibility.settled.v1}) is for inspection-service's routing: it tells nobody
 * and is no webhook, so it is not listed and the consumer skips it; the dispute decision or the reassignment that
 * settled it is what people are told. Besides them the rules
 * route the service's own notices ({@link #NOTICE_TYPES}), which are no Kafka events and go to no webhook.
 */
public final class RoutedEvents {

    public static final List<EventType<?>> TYPES = List.of(
            EventCatalog.RECTIFICATION_OPENED,
            EventCatalog.RECTIFICATION_ACKNOWLEDGED,
            EventCatalog.RECTIFICATION_SUBMITTED,
            EventCatalog.VERIFICATION_REQUESTED,
            EventCatalog.RECTIFICATION_SENT_BACK,
            EventCatalog.RECTIFICATION_EXTENDED,
            EventCatalog.RECTIFICATION_SUSPENDED,
            EventCatalog.RECTIFICATION_RESUMED,
            EventCatalog.RECTIFICATION_ESCALATED,
            EventCatalog.RECTIFICATION_EVIDENCE_ADDED,
            EventCatalog.RECTIFICATION_CLOSED,
            EventCatalog.RECTIFICATION_APPEALED,
            EventCatalog.APPEAL_DECIDED,
            EventCatalog.RECTIFICATION_DISPUTED,
            EventCatalog.DISPUTE_DECIDED,
            EventCatalog.RECTIFICATION_REASSIGNED,
            EventCatalog.RECTIFICATION_DISPATCHED,
            EventCatalog.RECTIFICATION_CHANGE_REQUESTED,
            EventCatalog.TASK_ASSIGNED,
            EventCatalog.TASK_OVERDUE,
            EventCatalog.TASK_COMPLETED,
            EventCatalog.TASK_SUBMITTED,
            EventCatalog.TASK_REJECTED,
            EventCatalog.NOTICE_ISSUED);

    /** Notices this service raises itself: a webhook subscription disabled automatically. */
    public static final List<String> NOTICE_TYPES = List.of(EndpointDisabled.TYPE);

    private static final Set<String> TASK_TYPES = Set.of(
            EventCatalog.TASK_ASSIGNED.name(),
            EventCatalog.TASK_OVERDUE.name(),
            EventCatalog.TASK_COMPLETED.name(),
            EventCatalog.TASK_SUBMITTED.name(),
            EventCatalog.TASK_REJECTED.name());

    private RoutedEvents() {}

    /** A domain event type of the catalogue that is routed (and may be subscribed to as a webhook). */
    public static boolean isRouted(String eventType) {
        return TYPES.stream().anyMatch(t -> t.name().equals(eventType));
    }

    /** A type routing rules may name: a routed domain event or a notice of this service. */
    public static boolean isRoutable(String eventType) {
        return isRouted(eventType) || NOTICE_TYPES.contains(eventType);
    }

    /** Every type routing rules may name. */
    public static List<String> routableTypes() {
        return Stream.concat(TYPES.stream().map(EventType::name), NOTICE_TYPES.stream())
                .toList();
    }

    /** Whether events of this type concern a rectification order (and so have a level and a severity). */
    public static boolean hasOrder(String eventType) {
        return isRouted(eventType)
                && !TASK_TYPES.contains(eventType)
                && !EventCatalog.NOTICE_ISSUED.name().equals(eventType);
    }

    /** Whether events of this type name co-units ({@link Audience#CO_UNITS}). */
    public static boolean hasCoUnits(String eventType) {
        return EventCatalog.TASK_ASSIGNED.name().equals(eventType);
    }

    /** Whether events of this type are addressed to units ({@link Audience#MAIN_RECIPIENTS}). */
    public static boolean hasMainRecipients(String eventType) {
        return EventCatalog.NOTICE_ISSUED.name().equals(eventType);
    }

    /** Whether events of this type name a unit the order left ({@link Audience#FORMER_UNIT}). */
    public static boolean hasFormerUnit(String eventType) {
        return EventCatalog.RECTIFICATION_REASSIGNED.name().equals(eventType);
    }

    public static EventFacts facts(String eventId, String eventType, Record payload) {
        if (payload instanceof OrderEvent e) {
            return order(eventId, eventType, e);
        }
        if (payload instanceof TaskAssigned e) {
            return new EventFacts(
                    eventId, eventType, e.leadUnitCode(), e.leadUnitName(), null, null, payload, e.coUnitCodes());
        }
        if (payload instanceof TaskOverdue e) {
            return new EventFacts(eventId, eventType, e.leadUnitCode(), e.leadUnitName(), null, null, payload);
        }
        if (payload instanceof NoticeIssued) {
            // a notice concerns no one unit: it reaches its 主送 (MAIN_RECIPIENTS) and the kinds its rules name
            return new EventFacts(eventId, eventType, null, null, null, null, payload);
        }
        if (payload instanceof TaskCompleted e) {
            return new EventFacts(eventId, eventType, e.leadUnitCode(), e.leadUnitName(), null, null, payload);
        }
        if (payload instanceof TaskSubmitted e) {
            return new EventFacts(eventId, eventType, e.leadUnitCode(), e.leadUnitName(), null, null, payload);
        }
        if (payload instanceof TaskRejected e) {
            return new EventFacts(eventId, eventType, e.leadUnitCode(), e.leadUnitName(), null, null, payload);
        }
        throw new IllegalArgumentException("not a routed event: " + eventType);
    }

    private static EventFacts order(String eventId, String eventType, OrderEvent event) {
        OrderRef order = event.order();
        if (order == null) {
            throw new PoisonEventException(eventType + " " + eventId + " carries no order");
        }
        // the escalation's own level is authoritative for the step it announces
        EscalationLevel level =
                event instanceof RectificationEscalated e && e.level() != null ? e.level() : order.level();
        return new EventFacts(
                eventId, eventType, order.unitCode(), order.unitName(), level, order.severity(), (Record) event);
    }
}
