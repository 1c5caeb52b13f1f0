package gov.chuangcheng.notification.routing;

import static gov.chuangcheng.events.directory.ContactRole.DEPUTY;
import static gov.chuangcheng.events.directory.ContactRole.HEAD;
import static gov.chuangcheng.events.directory.ContactRole.LIAISON;
import static gov.chuangcheng.events.notification.NotificationChannel.INBOX;
import static gov.chuangcheng.events.notification.NotificationChannel.MAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitContact;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.rectification.Assignee;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationDispatched;
import gov.chuangcheng.events.rectification.RectificationReassigned;
import gov.chuangcheng.events.rectification.RectificationResumed;
import gov.chuangcheng.events.rectification.UnitLink;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A dispatched order (派遣) reaches its assignee wherever a rule reaches its unit, a reassigned one (改派) the unit it
 * left; nobody gets a message twice on one channel.
 */
class AssigneeRoutingTest {

    private static final String RESUMED = "cc.rectification.resumed.v1";
    private static final String DISPATCHED = "cc.rectification.dispatched.v1";
    private static final String REASSIGNED = "cc.rectification.reassigned.v1";
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-26T02:00:00Z");

    private static final UnitUpserted STREET = unit(
            "CGJD",
            null,
            UnitKind.SUBDISTRICT,
            new UnitContact("王主任", HEAD, null, "wang@x.local", "wang"),
            new UnitContact("李副", DEPUTY, null, "li@x.local", "li"),
            new UnitContact("张联络", LIAISON, null, "zhang@x.local", "zhang"));
    private static final UnitUpserted COMMUNITY = unit(
            "DGSQ",
            "CGJD",
            UnitKind.COMMUNITY,
            new UnitContact("赵书记", HEAD, null, "zhao@x.local", "zhao"),
            new UnitContact("刘联络", LIAISON, null, "liu@x.local", "liu3"));
    private static final UnitUpserted BUREAU = unit(
            "CGJ",
            null,
            UnitKind.DEPARTMENT,
            new UnitContact("周局", HEAD, null, "zhou@x.local", "zhou"),
            new UnitContact("吴联络", LIAISON, null, "wu@x.local", "wu"));
    private static final UnitUpserted CCB = unit(
            "CCB", null, UnitKind.CAMPAIGN_OFFICE, new UnitContact("孙科长", LIAISON, null, "sun@x.local", "office1"));

    private static final Routing.Directory DIRECTORY = new Routing.Directory() {
        private final Map<String, UnitUpserted> units =
                Map.of("CGJD", STREET, "DGSQ", COMMUNITY, "CGJ", BUREAU, "CCB", CCB);

        @Override
        public Optional<UnitUpserted> unit(String code) {
            return Optional.ofNullable(units.get(code));
        }

        @Override
        public List<UnitUpserted> unitsOfKind(UnitKind kind) {
            return units.values().stream().filter(u -> u.kind() == kind).toList();
        }

        @Override
        public List<UnitUpserted> activeUnits() {
            return List.copyOf(units.values());
        }
    };

    private static UnitUpserted unit(String code, String parent, UnitKind kind, UnitContact... contacts) {
        return new UnitUpserted(code, code + "名", kind, parent, true, List.of(contacts));
    }

    private static RoutingRule rule(
            String type, Audience audience, Set<ContactRole> roles, NotificationChannel... channels) {
        return new RoutingRule(UUID.randomUUID(), type, null, null, null, audience, roles, Set.of(channels), true);
    }

    private static OrderRef order(String unitCode, Assignee assignee) {
        return new OrderRef(
                "o-1",
                "ZG-2026-000123",
                "p-1",
                "P001",
                "城关农贸市场",
                "S-3.2.1",
                "生熟分区",
                unitCode,
                unitCode + "名",
                Severity.GENERAL,
                OffsetDateTime.parse("2026-11-28T10:00:00Z"),
                EscalationLevel.NONE,
                assignee);
    }

    private static EventFacts resumed(Assignee assignee) {
        return RoutedEvents.facts("e-1", RESUMED, new RectificationResumed(order("CGJD", assignee), "office1", AT));
    }

    private static List<Delivery> route(EventFacts event, RoutingRule... rules) {
        return Routing.deliveries(List.of(rules), event, DIRECTORY);
    }

    private static Set<String> keys(List<Delivery> deliveries) {
        return Set.copyOf(
                deliveries.stream().map(d -> d.channel() + " " + d.recipient()).toList());
    }

    private static Delivery to(List<Delivery> deliveries, String key) {
        return deliveries.stream()
                .filter(d -> key.equals(d.channel() + " " + d.recipient()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aMessageToTheUnitOfADispatchedOrderAlsoReachesTheSubUnitsContactsOfTheSameRolesAndTheHandler() {
        RoutingRule liaison = rule(RESUMED, Audience.RESPONSIBLE_UNIT, Set.of(LIAISON), INBOX, MAIL);
        List<Delivery> out = route(resumed(new Assignee("DGSQ", "东关社区", "chen9")), liaison);
        // the street's liaison; the community's liaison (not its head); the handler, who is nobody's contact, by inbox
        assertEquals(
                Set.of("INBOX zhang", "MAIL zhang@x.local", "INBOX liu3", "MAIL liu@x.local", "INBOX chen9"),
                keys(out));
        assertFalse(to(out, "INBOX zhang").assigned());
        Delivery community = to(out, "MAIL liu@x.local");
        assertTrue(community.assigned());
        assertEquals("DGSQ", community.recipientUnitCode());
        Delivery handler = to(out, "INBOX chen9");
        assertTrue(handler.assigned());
        assertNull(handler.role());
        assertEquals("DGSQ", handler.recipientUnitCode(), "the handler works in the sub-unit");

        // a mail-only rule: the handler has no address it can use
        assertEquals(
                Set.of("MAIL zhang@x.local", "MAIL liu@x.local"),
                keys(route(
                        resumed(new Assignee("DGSQ", "东关社区", "chen9")),
                        rule(RESUMED, Audience.RESPONSIBLE_UNIT, Set.of(LIAISON), MAIL))));
    }

    @Test
    void theHandlerWhoIsAlsoAContactGetsOneMessagePerChannel() {
        // the community's liaison is the named handler
        List<Delivery> out = route(
                resumed(new Assignee("DGSQ", "东关社区", "liu3")),
                rule(RESUMED, Audience.RESPONSIBLE_UNIT, Set.of(LIAISON), INBOX, MAIL),
                rule(RESUMED, Audience.RESPONSIBLE_UNIT, Set.of(LIAISON, DEPUTY), INBOX));
        assertEquals(
                Set.of("INBOX zhang", "MAIL zhang@x.local", "INBOX li", "INBOX liu3", "MAIL liu@x.local"), keys(out));
        assertEquals(5, out.size());
        assertEquals("刘联络", to(out, "INBOX liu3").recipientName());

        // a handler of the street itself who is its head: reached once, as the head would be
        List<Delivery> ownHead = route(
                resumed(new Assignee(null, null, "wang")), rule(RESUMED, Audience.RESPONSIBLE_UNIT, Set.of(), INBOX));
        assertEquals(Set.of("INBOX wang", "INBOX li", "INBOX zhang"), keys(ownHead));
        assertFalse(to(ownHead, "INBOX wang").assigned(), "the head's own message, not a copy");

        // a handler of the street the rule's roles do not reach: a copy, named from the directory
        List<Delivery> deputyOnly = route(
                resumed(new Assignee(null, null, "zhang")),
                rule(RESUMED, Audience.RESPONSIBLE_UNIT, Set.of(DEPUTY), INBOX));
        assertEquals(Set.of("INBOX li", "INBOX zhang"), keys(deputyOnly));
        Delivery handler = to(deputyOnly, "INBOX zhang");
        assertTrue(handler.assigned());
        assertEquals("张联络", handler.recipientName());
        assertEquals(LIAISON, handler.role());
        assertEquals("CGJD", handler.recipientUnitCode());
    }

    @Test
    void onlyTheResponsibleUnitsMessagesAreCopiedAndOnlyForADispatchedOrder() {
        RoutingRule office = rule(RESUMED, Audience.CAMPAIGN_OFFICE, Set.of(), INBOX, MAIL);
        assertEquals(
                Set.of("INBOX office1", "MAIL sun@x.local"),
                keys(route(resumed(new Assignee("DGSQ", "东关社区", "chen9")), office)));
        assertEquals(
                Set.of("INBOX zhang"),
                keys(route(resumed(null), rule(RESUMED, Audience.RESPONSIBLE_UNIT, Set.of(LIAISON), INBOX))));
        assertEquals(Set.of(), keys(route(resumed(null), rule(RESUMED, Audience.ASSIGNEE, Set.of(), INBOX, MAIL))));
    }

    @Test
    void aDispatchReachesTheAssigneeAloneAndAnUnknownSubUnitStillItsHandler() {
        Assignee assignee = new Assignee("DGSQ", "东关社区", "chen9");
        EventFacts dispatched = RoutedEvents.facts(
                "e-2", DISPATCHED, new RectificationDispatched(order("CGJD", assignee), assignee, null, "zhang", AT));
        RoutingRule toAssignee = rule(DISPATCHED, Audience.ASSIGNEE, Set.of(LIAISON, DEPUTY), INBOX, MAIL);
        List<Delivery> out = route(dispatched, toAssignee);
        assertEquals(Set.of("INBOX liu3", "MAIL liu@x.local", "INBOX chen9"), keys(out));
        assertTrue(out.stream().allMatch(Delivery::assigned));

        // the dispatch's own assignee counts even when its order was published without one
        Assignee unknown = new Assignee("XQSQ", "西郊社区", "chen9");
        EventFacts elsewhere = RoutedEvents.facts(
                "e-3", DISPATCHED, new RectificationDispatched(order("CGJD", null), unknown, null, "zhang", AT));
        Delivery handler = to(route(elsewhere, toAssignee), "INBOX chen9");
        assertEquals("XQSQ", handler.recipientUnitCode());
        assertEquals("西郊社区", handler.recipientUnitName());
        assertEquals("chen9", handler.recipientName());
    }

    @Test
    void aReassignmentReachesTheNewUnitAndTheUnitTheOrderLeft() {
        EventFacts reassigned = RoutedEvents.facts(
                "e-4",
                REASSIGNED,
                new RectificationReassigned(
                        order("CGJD", null),
                        new UnitLink("CGJ", "区城管局"),
                        new UnitLink("CGJD", "城关街道"),
                        "属街道职责",
                        true,
                        null,
                        "office1",
                        AT));
        assertEquals("CGJD", reassigned.unitCode());
        assertEquals("CGJ", reassigned.formerUnitCode());
        List<Delivery> out = route(
                reassigned,
                rule(REASSIGNED, Audience.RESPONSIBLE_UNIT, Set.of(LIAISON), INBOX),
                rule(REASSIGNED, Audience.FORMER_UNIT, Set.of(LIAISON), INBOX));
        assertEquals(Set.of("INBOX zhang", "INBOX wu"), keys(out));
        assertEquals("CGJ", to(out, "INBOX wu").recipientUnitCode());

        // no other event names a former unit
        assertEquals(Set.of(), keys(route(resumed(null), rule(RESUMED, Audience.FORMER_UNIT, Set.of(), INBOX))));
        assertTrue(RoutedEvents.hasFormerUnit(REASSIGNED));
        assertFalse(RoutedEvents.hasFormerUnit(RESUMED));
    }
}
