package gov.chuangcheng.notification.routing;

import static gov.chuangcheng.events.directory.ContactRole.DEPUTY;
import static gov.chuangcheng.events.directory.ContactRole.HEAD;
import static gov.chuangcheng.events.directory.ContactRole.LIAISON;
import static gov.chuangcheng.events.notification.NotificationChannel.INBOX;
import static gov.chuangcheng.events.notification.NotificationChannel.MAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitContact;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.notification.NotificationChannel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoutingTest {

    private static final String ESCALATED = "cc.rectification.escalated.v1";
    private static final String OPENED = "cc.rectification.opened.v1";

    private static final UnitUpserted CGJ = unit(
            "CGJ",
            UnitKind.DEPARTMENT,
            new UnitContact("王主任", HEAD, null, "wang@x.local", "wang"),
            new UnitContact("李副", DEPUTY, null, "li@x.local", null),
            new UnitContact("张联络", LIAISON, null, "zhang@x.local", "zhang"));
    private static final UnitUpserted SCJGJ = unit(
            "SCJGJ",
            UnitKind.DEPARTMENT,
            new UnitContact("赵局", HEAD, null, "zhao@x.local", "zhao"),
            new UnitContact("钱联络", LIAISON, null, null, "qian"));
    private static final UnitUpserted QLD =
            unit("QLD", UnitKind.LEADERSHIP, new UnitContact("孙区长", HEAD, null, "sun@x.local", "leader1"));
    private static final UnitUpserted JW =
            unit("JWJW", UnitKind.DISCIPLINE_COMMISSION, new UnitContact("周书记", HEAD, null, "zhou@x.local", "jw1"));
    private static final UnitUpserted CCB = unit(
            "CCB",
            UnitKind.CAMPAIGN_OFFICE,
            new UnitContact("吴主任", DEPUTY, null, "wu@x.local", "office1"),
            // the same person is also 张联络 of CGJ: one message per channel
            new UnitContact("张联络", LIAISON, null, "zhang@x.local", "zhang"));

    private static final Routing.Directory DIRECTORY = new Routing.Directory() {
        private final Map<String, UnitUpserted> units =
                Map.of("CGJ", CGJ, "SCJGJ", SCJGJ, "QLD", QLD, "JWJW", JW, "CCB", CCB);

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
            return units.values().stream().toList();
        }
    };

    private static UnitUpserted unit(String code, UnitKind kind, UnitContact... contacts) {
        return new UnitUpserted(code, code + "名", kind, null, true, List.of(contacts));
    }

    private static RoutingRule rule(
            String type,
            EscalationLevel level,
            Audience audience,
            Set<ContactRole> roles,
            NotificationChannel... channels) {
        return new RoutingRule(UUID.randomUUID(), type, level, null, null, audience, roles, Set.of(channels), true);
    }

    private static EventFacts escalation(String unit, EscalationLevel level, Severity severity) {
        return new EventFacts("e-1", ESCALATED, unit, unit + "名", level, severity, null);
    }

    @Test
    void aRuleMatchesItsTypeLevelSeverityAndUnit() {
        RoutingRule talk = rule(ESCALATED, EscalationLevel.TALK, Audience.RESPONSIBLE_UNIT, Set.of(), INBOX);
        assertTrue(talk.matches(escalation("CGJ", EscalationLevel.TALK, Severity.GENERAL)));
        assertFalse(talk.matches(escalation("CGJ", EscalationLevel.NOTICE, Severity.GENERAL)));
        assertFalse(talk.matches(new EventFacts("e", OPENED, "CGJ", null, EscalationLevel.TALK, null, null)));

        RoutingRule serious = new RoutingRule(
                UUID.randomUUID(),
                ESCALATED,
                null,
                Severity.SERIOUS,
                "CGJ",
                Audience.RESPONSIBLE_UNIT,
                Set.of(),
                Set.of(INBOX),
                true);
        assertTrue(serious.matches(escalation("CGJ", EscalationLevel.REMINDER, Severity.SERIOUS)));
        assertTrue(serious.matches(escalation("CGJ", EscalationLevel.REMINDER, Severity.CRITICAL)));
        assertFalse(serious.matches(escalation("CGJ", EscalationLevel.REMINDER, Severity.GENERAL)));
        assertFalse(serious.matches(escalation("CGJ", EscalationLevel.REMINDER, null)));
        assertFalse(serious.matches(escalation("SCJGJ", EscalationLevel.REMINDER, Severity.CRITICAL)));

        RoutingRule disabled = new RoutingRule(
                UUID.randomUUID(),
                ESCALATED,
                null,
                null,
                null,
                Audience.RESPONSIBLE_UNIT,
                Set.of(),
                Set.of(INBOX),
                false);
        assertFalse(disabled.matches(escalation("CGJ", EscalationLevel.TALK, Severity.GENERAL)));
    }

    @Test
    void theResponsibleUnitsContactsAreReachedByRoleAndChannel() {
        List<Delivery> out = Routing.deliveries(
                List.of(rule(OPENED, null, Audience.RESPONSIBLE_UNIT, Set.of(LIAISON, DEPUTY), INBOX, MAIL)),
                new EventFacts("e", OPENED, "CGJ", "CGJ名", EscalationLevel.NONE, Severity.GENERAL, null),
                DIRECTORY);
        // 李副 has no username: mail only; 王主任 (HEAD) is not reached
        assertEquals(Set.of("INBOX zhang", "MAIL zhang@x.local", "MAIL li@x.local"), keys(out));
        assertEquals("CGJ", out.get(0).recipientUnitCode());
    }

    @Test
    void talkReachesTheUnitHeadAndTheLeadersAndAccountabilityTheDisciplineCommission() {
        List<RoutingRule> rules = List.of(
                rule(ESCALATED, EscalationLevel.TALK, Audience.RESPONSIBLE_UNIT, Set.of(HEAD), INBOX, MAIL),
                rule(ESCALATED, EscalationLevel.TALK, Audience.LEADERSHIP, Set.of(), INBOX),
                rule(ESCALATED, EscalationLevel.ACCOUNTABILITY, Audience.DISCIPLINE_COMMISSION, Set.of(), INBOX));
        assertEquals(
                Set.of("INBOX wang", "MAIL wang@x.local", "INBOX leader1"),
                keys(Routing.deliveries(rules, escalation("CGJ", EscalationLevel.TALK, null), DIRECTORY)));
        assertEquals(
                Set.of("INBOX jw1"),
                keys(Routing.deliveries(rules, escalation("CGJ", EscalationLevel.ACCOUNTABILITY, null), DIRECTORY)));
        assertEquals(
                Set.of(),
                keys(Routing.deliveries(rules, escalation("CGJ", EscalationLevel.REMINDER, null), DIRECTORY)));
    }

    @Test
    void aNoticeGoesToEveryUnitAndAPersonReachedTwiceGetsOneMessagePerChannel() {
        List<RoutingRule> rules = List.of(
                rule(ESCALATED, EscalationLevel.NOTICE, Audience.ALL_UNITS, Set.of(LIAISON), INBOX),
                rule(ESCALATED, EscalationLevel.NOTICE, Audience.RESPONSIBLE_UNIT, Set.of(LIAISON), INBOX, MAIL),
                rule(ESCALATED, EscalationLevel.NOTICE, Audience.CAMPAIGN_OFFICE, Set.of(), INBOX));
        List<Delivery> out = Routing.deliveries(rules, escalation("CGJ", EscalationLevel.NOTICE, null), DIRECTORY);
        // 钱联络 (SCJGJ) has no e-mail address; zhang is reached by three rules through two units
        assertEquals(Set.of("INBOX zhang", "MAIL zhang@x.local", "INBOX qian", "INBOX office1"), keys(out));
        assertEquals(4, out.size());
    }

    @Test
    void anUnknownUnitReachesNobody() {
        assertEquals(
                List.of(),
                Routing.deliveries(
                        List.of(rule(OPENED, null, Audience.RESPONSIBLE_UNIT, Set.of(), INBOX, MAIL)),
                        new EventFacts("e", OPENED, "NOPE", null, null, null, null),
                        DIRECTORY));
    }

    @Test
    void anAssignedTaskReachesItsCoUnitsButNoOtherEventHasAny() {
        String assigned = "cc.task.assigned.v1";
        List<RoutingRule> rules = List.of(
                rule(assigned, null, Audience.RESPONSIBLE_UNIT, Set.of(LIAISON, DEPUTY), INBOX),
                rule(assigned, null, Audience.CO_UNITS, Set.of(LIAISON), INBOX));
        EventFacts task = RoutedEvents.facts(
                "e-t",
                assigned,
                new gov.chuangcheng.events.task.TaskAssigned(
                        "t-1",
                        "背街小巷整治",
                        "S-1",
                        "路面整洁",
                        "CGJ",
                        "CGJ名",
                        List.of("SCJGJ", "CGJ", "NOPE"),
                        java.time.LocalDate.of(2026, 12, 20),
                        "office1",
                        null));
        assertEquals(List.of("SCJGJ", "CGJ", "NOPE"), task.coUnitCodes());
        // the lead unit listed among its co-units is reached once, as the lead unit; an unknown co-unit reaches nobody
        assertEquals(Set.of("INBOX zhang", "INBOX qian"), keys(Routing.deliveries(rules, task, DIRECTORY)));

        RoutingRule coUnits = rule(OPENED, null, Audience.CO_UNITS, Set.of(), INBOX);
        assertEquals(
                Set.of(),
                keys(Routing.deliveries(
                        List.of(coUnits),
                        new EventFacts("e", OPENED, "CGJ", "CGJ名", EscalationLevel.NONE, Severity.GENERAL, null),
                        DIRECTORY)));
        assertTrue(RoutedEvents.hasCoUnits(assigned));
        assertFalse(RoutedEvents.hasCoUnits("cc.task.completed.v1"));
        assertFalse(RoutedEvents.hasOrder("cc.task.completed.v1"));
        assertTrue(RoutedEvents.hasOrder("cc.rectification.suspended.v1"));
        assertTrue(RoutedEvents.isRoutable("cc.webhook-subscription.disabled.v1"));
        assertFalse(RoutedEvents.isRouted("cc.webhook-subscription.disabled.v1"), "a notice is no webhook event");
    }

    private static Set<String> keys(List<Delivery> deliveries) {
        return Set.copyOf(
                deliveries.stream().map(d -> d.channel() + " " + d.recipient()).toList());
    }
}
