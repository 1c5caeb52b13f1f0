package gov.chuangcheng.notification.routing;

import static gov.chuangcheng.notification.Fixtures.address;
import static gov.chuangcheng.notification.Fixtures.contact;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.notice.NoticeIssued;
import gov.chuangcheng.events.notice.NoticedOrder;
import gov.chuangcheng.events.notice.NoticedUnit;
import gov.chuangcheng.events.rectification.Deduction;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.notification.message.Notification;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 通报 is a document, not a copy of each order to every unit: the rung tells the responsible unit and the office,
 * and the issued notice reaches its 主送 (the unit it names with what to do, the others to check themselves), the
 * leaders it is copied to and the office — from the real broker, into the inbox and real mail.
 */
@QuarkusTest
class NoticeRoutingTest {

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    UnitDirectory directory;

    String s;
    String named;
    String other;
    String namedLiaison;
    String otherLiaison;
    String leader;
    String office;
    String namedMail;
    String otherMail;
    String leaderMail;

    @BeforeEach
    void units() {
        s = Fixtures.suffix();
        String lower = s.toLowerCase();
        named = "ZJJ-" + s;
        other = "SWJ-" + s;
        namedLiaison = "liaison-" + lower;
        otherLiaison = "other-liaison-" + lower;
        leader = "leader-" + lower;
        office = "office-" + lower;
        namedMail = address("liaison");
        otherMail = address("other-liaison");
        leaderMail = address("leader");
        Fixtures.unit(
                topics,
                json,
                directory,
                named,
                "区住建局" + s,
                UnitKind.DEPARTMENT,
                contact("张联络员", ContactRole.LIAISON, namedMail, namedLiaison));
        Fixtures.unit(
                topics,
                json,
                directory,
                other,
                "区水务局" + s,
                UnitKind.DEPARTMENT,
                contact("钱联络员", ContactRole.LIAISON, otherMail, otherLiaison));
        Fixtures.unit(
                topics,
                json,
                directory,
                "QLD-" + s,
                "区领导" + s,
                UnitKind.LEADERSHIP,
                contact("孙区长", ContactRole.HEAD, leaderMail, leader));
        Fixtures.unit(
                topics,
                json,
                directory,
                "CCB-" + s,
                "区创城办" + s,
                UnitKind.CAMPAIGN_OFFICE,
                contact("孙科长", ContactRole.LIAISON, address("office"), office));
    }

    @AfterEach
    void retire() {
        Fixtures.retire(topics, json, directory, named, other, "QLD-" + s, "CCB-" + s);
    }

    private Set<String> reached(String eventId) {
        Set<String> mine = Set.of(namedLiaison, otherLiaison, leader, office, namedMail, otherMail, leaderMail);
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>list("sourceEventId", eventId))
                .stream()
                .filter(n -> mine.contains(n.recipient))
                .map(n -> n.channel + " " + n.recipient)
                .collect(Collectors.toSet());
    }

    private Notification inboxOf(String eventId, String user) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>list("sourceEventId", eventId))
                .stream()
                .filter(n -> n.recipient.equals(user) && n.channel.name().equals("INBOX"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theRungTellsTheUnitAndTheOfficeAndTheIssuedNoticeReachesItsReaders() {
        OrderRef order = Fixtures.order(named, "区住建局" + s, "建设路口" + s, EscalationLevel.NOTICE);
        String rung = TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_ESCALATED,
                order.episodeKey(),
                new RectificationEscalated(
                        order,
                        EscalationLevel.SUPERVISION,
                        EscalationLevel.NOTICE,
                        EscalationReason.OVERDUE,
                        OffsetDateTime.parse("2026-12-03T02:00:00Z"),
                        null,
                        null,
                        new Deduction("le-1", "ESCALATION", new BigDecimal("-2.00"))),
                json);
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.routed(rung));
        // no copy for the unit that is not responsible, nor for the leaders: the notice document tells them
        assertEquals(Set.of("INBOX " + namedLiaison, "MAIL " + namedMail, "INBOX " + office), reached(rung));
        assertTrue(inboxOf(rung, namedLiaison).body.contains("该整改单将列入创城办下一期通报。"));

        NoticeIssued notice = new NoticeIssued(
                "n-" + s,
                "创城办〔2026〕12号",
                "关于2026年12月1日至12月7日整改不力单位的通报",
                "week",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 7),
                OffsetDateTime.parse("2026-12-08T10:00:00+08:00"),
                LocalDate.of(2026, 12, 8),
                "office1",
                List.of(named, other),
                "各责任单位",
                List.of("区委、区政府领导"),
                null,
                List.of(new NoticedUnit(
                        named,
                        "区住建局" + s,
                        new BigDecimal("-2"),
                        List.of(new NoticedOrder(
                                order.id(),
                                order.number(),
                                "建设路口" + s,
                                "生熟未分区",
                                EscalationLevel.NOTICE,
                                "12月1日提醒、12月2日督办后逾期仍未整改，12月3日升级为通报")))));
        String issued = TestEvents.publish(
                topics.of(Topic.ASSESSMENT), EventCatalog.NOTICE_ISSUED, notice.noticeId(), notice, json);
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.routed(issued));
        assertEquals(
                Set.of(
                        "INBOX " + namedLiaison,
                        "MAIL " + namedMail,
                        "INBOX " + otherLiaison,
                        "MAIL " + otherMail,
                        "INBOX " + leader,
                        "MAIL " + leaderMail,
                        "INBOX " + office),
                reached(issued));
        Notification own = inboxOf(issued, namedLiaison);
        assertEquals("【通报】您单位被通报1件整改单", own.title);
        assertTrue(own.body.contains("（1）" + order.number() + "「建设路口" + s + "」：生熟未分区"), own.body);
        assertTrue(own.body.contains("请按通报要求认真整改"), own.body);
        assertTrue(inboxOf(issued, otherLiaison).body.contains("请组织学习，对照排查本单位同类问题。"));
        assertTrue(inboxOf(issued, leader).body.contains("特此告知。"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.mailbox(namedMail, json).stream()
                        .anyMatch(m -> m.subject().equals("【通报】您单位被通报1件整改单")));
    }
}
