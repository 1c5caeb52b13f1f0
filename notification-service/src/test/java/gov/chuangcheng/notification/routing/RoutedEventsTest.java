package gov.chuangcheng.notification.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.events.rectification.RectificationResumed;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.platform.inbox.PoisonEventException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an order event becomes {@link EventFacts}: from the order it carries, whichever event it is. */
class RoutedEventsTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-25T02:00:00Z");

    @Test
    void anOrderEventConcernsItsOrdersUnitLevelAndSeverity() {
        OrderRef order = Fixtures.order("CGJ", "区城管局", "南湖路口", EscalationLevel.SUPERVISION);
        EventFacts f = RoutedEvents.facts(
                "e-1", "cc.rectification.resumed.v1", new RectificationResumed(order, "office1", AT));
        assertEquals("CGJ", f.unitCode());
        assertEquals("区城管局", f.unitName());
        assertEquals(EscalationLevel.SUPERVISION, f.level());
        assertEquals(Severity.GENERAL, f.severity());
    }

    @Test
    void anEscalationsOwnLevelWinsOverItsOrders() {
        OrderRef order = Fixtures.order("CGJ", "区城管局", "南湖路口", EscalationLevel.SUPERVISION);
        RectificationEscalated talk = new RectificationEscalated(
                order, EscalationLevel.NOTICE, EscalationLevel.TALK, EscalationReason.OVERDUE, AT);
        assertEquals(
                EscalationLevel.TALK,
                RoutedEvents.facts("e-2", "cc.rectification.escalated.v1", talk).level());
        RectificationEscalated unset =
                new RectificationEscalated(order, EscalationLevel.NOTICE, null, EscalationReason.OVERDUE, AT);
        assertEquals(
                EscalationLevel.SUPERVISION,
                RoutedEvents.facts("e-3", "cc.rectification.escalated.v1", unset)
                        .level());
    }

    @Test
    void anAttachedFindingIsRoutedLikeEveryOrderEventAndMayBeSubscribedTo() {
        String type = "cc.rectification.evidence-added.v1";
        OrderRef order = Fixtures.order("CGJ", "区城管局", "南湖路口", EscalationLevel.REMINDER);
        EventFacts f = RoutedEvents.facts("e-5", type, Fixtures.evidenceAdded(order, 2, false));
        assertEquals("CGJ", f.unitCode());
        assertEquals(EscalationLevel.REMINDER, f.level());
        assertEquals(Severity.GENERAL, f.severity());
        assertTrue(RoutedEvents.isRouted(type), "webhook subscriptions may name it, and an empty filter takes it");
        assertTrue(RoutedEvents.hasOrder(type), "rules may filter it by level and severity");
        assertTrue(RoutedEvents.routableTypes().contains(type));
        assertFalse(RoutedEvents.hasCoUnits(type));
    }

    @Test
    void anOrderEventWithoutItsOrderIsPoison() {
        assertThrows(
                PoisonEventException.class,
                () -> RoutedEvents.facts(
                        "e-4", "cc.rectification.resumed.v1", new RectificationResumed(null, "office1", AT)));
    }

    @Test
    void disputesDecisionsReassignmentsAndDispatchesAreRoutedButASettlementIsNot() {
        for (String type : List.of(
                "cc.rectification.disputed.v1",
                "cc.rectification.dispute-decided.v1",
                "cc.rectification.reassigned.v1",
                "cc.rectification.dispatched.v1")) {
            assertTrue(RoutedEvents.isRouted(type), type + " is consumed, and may be subscribed to");
            assertTrue(RoutedEvents.hasOrder(type), type + " may be filtered by level and severity");
            assertTrue(RoutedEvents.routableTypes().contains(type), type);
        }
        // inspection-service's business: the consumer skips it, no rule or subscription may name it
        String settled = "cc.responsibility.settled.v1";
        assertFalse(RoutedEvents.isRouted(settled));
        assertFalse(RoutedEvents.isRoutable(settled));
        assertFalse(RoutedEvents.routableTypes().contains(settled));
    }
}
