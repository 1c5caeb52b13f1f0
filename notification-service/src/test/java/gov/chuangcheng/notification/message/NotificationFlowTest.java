package gov.chuangcheng.notification.message;

import static gov.chuangcheng.notification.Fixtures.address;
import static gov.chuangcheng.notification.Fixtures.contact;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.OrderLink;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.notification.Fixtures.ReceivedMail;
import gov.chuangcheng.notification.mail.MessageIds;
import gov.chuangcheng.notification.routing.NotificationRouter;
import gov.chuangcheng.notification.routing.RoutedEvents;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Domain events from the real broker become inbox messages, real mail (GreenMail) and cc.notification.sent.v1. */
@QuarkusTest
class NotificationFlowTest {

    private static final String OPENED_MESSAGE = "【整改通知】您单位负责的点位「%s」在 11月25日 巡查中「生熟分区」未达标，" + "请于 11月28日 18:00 前完成整改。";

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    UnitDirectory directory;

    @Inject
    NotificationRouter router;

    private static List<Notification> of(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Notification.list("sourceEventId = ?1 order by channel, recipient", eventId));
    }

    private static Set<String> keys(List<Notification> rows) {
        return rows.stream().map(n -> n.channel + " " + n.recipient).collect(Collectors.toSet());
    }

    @Test
    void anOpenedOrderReachesTheLiaisonAndTheDeputyOnceByInboxAndMail() throws Exception {
        String s = Fixtures.suffix();
        String code = "U-" + s;
        String liaison = address("zhang");
        String deputy = address("li");
        String head = address("wang");
        Fixtures.unit(
                topics,
                json,
                directory,
                code,
                "区城管局",
                UnitKind.DEPARTMENT,
                contact("张三", ContactRole.LIAISON, liaison, "cgj1"),
                contact("李四", ContactRole.DEPUTY, deputy, null),
                contact("王五", ContactRole.HEAD, head, "scjgj1"));
        OrderRef order = Fixtures.order(code, "区城管局", "城关农贸市场" + s, EscalationLevel.NONE);
        RectificationOpened opened = Fixtures.opened(order);
        String eventId = UUID.randomUUID().toString();

        try (KafkaEvents sent = new KafkaEvents(topics.of(Topic.NOTIFICATIONS))) {
            TestEvents.publishWithId(
                    topics.of(Topic.RECTIFICATIONS),
                    EventCatalog.RECTIFICATION_OPENED,
                    order.episodeKey(),
                    opened,
                    json,
                    eventId);

            // the rule for opened orders reaches 联络员 and 分管负责人, not the 主要负责人
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                List<Notification> rows = of(eventId);
                assertEquals(Set.of("INBOX cgj1", "MAIL " + liaison, "MAIL " + deputy), keys(rows));
                assertTrue(rows.stream().allMatch(n -> n.status == NotificationStatus.SENT), "all sent");
            });
            Notification liaisonMail = of(eventId).stream()
                    .filter(n -> n.recipient.equals(liaison))
                    .findFirst()
                    .orElseThrow();
            assertEquals(1, liaisonMail.attempts);

            // the real mail, read back from GreenMail: Chinese subject and body, our sender, a fixed Message-ID
            List<ReceivedMail> mails = Fixtures.mailbox(liaison, json);
            assertEquals(1, mails.size());
            ReceivedMail mail = mails.get(0);
            assertEquals("【整改通知】城关农贸市场" + s + "「生熟分区」未达标（" + order.number() + "）", mail.subject());
            assertTrue(mail.body().contains(OPENED_MESSAGE.formatted("城关农贸市场" + s)), mail.body());
            assertTrue(mail.from().contains("noreply@chuangcheng.local"), mail.from());
            assertEquals(MessageIds.of(liaisonMail.id), mail.messageId());
            assertEquals(1, Fixtures.mailbox(deputy, json).size());
            assertEquals(0, Fixtures.mailbox(head, json).size());

            // one cc.notification.sent.v1 per message, keyed by the recipient
            List<ConsumerRecord<String, String>> events =
                    sent.await(r -> r.value().contains(eventId), 3, Duration.ofSeconds(30));
            Map<String, JsonNode> byKey = new java.util.HashMap<>();
            for (ConsumerRecord<String, String> r : events) {
                assertEquals("cc.notification.sent.v1", KafkaEvents.header(r, CloudEvents.HEADER_TYPE));
                byKey.put(r.key(), json.readTree(r.value()));
            }
            assertEquals(Set.of("cgj1", liaison, deputy), byKey.keySet());
            assertEquals("INBOX", byKey.get("cgj1").get("channel").asText());
            assertEquals("MAIL", byKey.get(liaison).get("channel").asText());
            assertEquals(code, byKey.get(liaison).get("unitCode").asText());
            assertEquals(
                    liaisonMail.id.toString(),
                    byKey.get(liaison).get("notificationId").asText());
            assertTrue(byKey.get("cgj1").get("body").asText().startsWith(OPENED_MESSAGE.formatted("城关农贸市场" + s)));

            // the same event again (a redelivery) ...
            TestEvents.publishWithId(
                    topics.of(Topic.RECTIFICATIONS),
                    EventCatalog.RECTIFICATION_OPENED,
                    order.episodeKey(),
                    opened,
                    json,
                    eventId);
            // ... and a restart that lost its inbox record routes it once more: the unique key holds
            assertEquals(
                    0,
                    QuarkusTransaction.requiringNew()
                            .call(() -> router.route(
                                    RoutedEvents.facts(eventId, EventCatalog.RECTIFICATION_OPENED.name(), opened))));
            // an event behind the redelivery on the same key proves the redelivery has been consumed
            String closedId = UUID.randomUUID().toString();
            TestEvents.publishWithId(
                    topics.of(Topic.RECTIFICATIONS),
                    EventCatalog.RECTIFICATION_CLOSED,
                    order.episodeKey(),
                    new RectificationClosed(
                            order,
                            "inspector1",
                            true,
                            OffsetDateTime.parse("2026-11-27T03:00:00Z"),
                            Closure.REINSPECTION),
                    json,
                    closedId);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> keys(of(closedId)).equals(Set.of("INBOX cgj1")));
            assertEquals(3, of(eventId).size());
            assertEquals(1, Fixtures.mailbox(liaison, json).size());
            assertEquals(1, Fixtures.mailbox(deputy, json).size());
            assertEquals(
                    3,
                    sent.drain(Duration.ofSeconds(2)).stream()
                            .filter(r -> r.value().contains(eventId))
                            .count());
        }
    }

    @Test
    void aTalkReachesTheUnitHeadAndTheLeaderButNotTheLiaison() {
        String s = Fixtures.suffix();
        String code = "U-" + s;
        String head = address("head");
        String liaison = address("liaison");
        String leader = address("leader");
        Fixtures.unit(
                topics,
                json,
                directory,
                code,
                "区市场监管局",
                UnitKind.DEPARTMENT,
                contact("赵六", ContactRole.HEAD, head, "scjgj1"),
                contact("钱七", ContactRole.LIAISON, liaison, "jd01"));
        Fixtures.unit(
                topics,
                json,
                directory,
                "QLD-" + s,
                "区领导",
                UnitKind.LEADERSHIP,
                contact("孙区长", ContactRole.HEAD, leader, "leader1"));
        OrderRef order = Fixtures.order(code, "区市场监管局", "东门菜市场" + s, EscalationLevel.TALK);
        String eventId = UUID.randomUUID().toString();
        TestEvents.publishWithId(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_ESCALATED,
                order.episodeKey(),
                new RectificationEscalated(
                        order,
                        EscalationLevel.NOTICE,
                        EscalationLevel.TALK,
                        EscalationReason.OVERDUE,
                        OffsetDateTime.parse("2026-11-29T01:00:00Z")),
                json,
                eventId);

        Set<String> ours = Set.of(
                "INBOX scjgj1", "MAIL " + head, "INBOX leader1", "MAIL " + leader, "INBOX jd01", "MAIL " + liaison);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Notification> rows = of(eventId);
            Set<String> reached = keys(rows);
            reached.retainAll(ours);
            assertEquals(Set.of("INBOX scjgj1", "MAIL " + head, "INBOX leader1", "MAIL " + leader), reached);
            assertTrue(rows.stream().allMatch(n -> n.status == NotificationStatus.SENT), "all sent");
        });
        for (String address : List.of(head, leader)) {
            List<ReceivedMail> mails = Fixtures.mailbox(address, json);
            assertEquals(1, mails.size(), address);
            assertEquals(
                    "【约谈】区市场监管局 东门菜市场" + s + "「生熟分区」（" + order.number() + "）",
                    mails.get(0).subject());
        }
        assertTrue(Fixtures.mailbox(head, json)
                .get(0)
                .body()
                .startsWith("【约谈】您单位负责的点位「东门菜市场" + s + "」「生熟分区」整改单因逾期未整改，由通报升级为约谈。"));
        assertTrue(Fixtures.mailbox(leader, json).get(0).body().startsWith("【约谈】区市场监管局负责的点位"));
        assertEquals(0, Fixtures.mailbox(liaison, json).size());
        assertEquals(
                NotificationChannel.INBOX,
                of(eventId).stream()
                        .filter(n -> n.recipient.equals("leader1"))
                        .findFirst()
                        .orElseThrow()
                        .channel);
    }

    /**
     * The new words of an order's life from the broker to the unit's liaison: a finding attached to the order (inbox
     * and real mail, not the deputy whom an opened order also reaches), 提醒 before the deadline, and closures that
     * voided or merged the order, which never say 经复查合格.
     */
    @Test
    void anAttachedFindingAReminderBeforeTheDeadlineAndAVoidedAndAMergedOrderReachTheLiaisonInTheirOwnWords() {
        String s = Fixtures.suffix();
        String code = "U-" + s;
        String username = "liaison-" + s.toLowerCase();
        String liaison = address("liaison");
        String deputy = address("deputy");
        Fixtures.unit(
                topics,
                json,
                directory,
                code,
                "区商务局",
                UnitKind.DEPARTMENT,
                contact("周八", ContactRole.LIAISON, liaison, username),
                contact("吴九", ContactRole.DEPUTY, deputy, null));
        String point = "人民路步行街" + s;
        OrderRef order = Fixtures.order(code, "区商务局", point, EscalationLevel.REMINDER);
        String attached =
                publish(EventCatalog.RECTIFICATION_EVIDENCE_ADDED, order, Fixtures.evidenceAdded(order, 2, false));
        String reminder = publish(
                EventCatalog.RECTIFICATION_ESCALATED,
                order,
                new RectificationEscalated(
                        order,
                        EscalationLevel.NONE,
                        EscalationLevel.REMINDER,
                        EscalationReason.DUE_SOON,
                        OffsetDateTime.parse("2026-11-28T02:00:00Z")));
        String voided = publish(
                EventCatalog.RECTIFICATION_CLOSED,
                order,
                new RectificationClosed(
                        order,
                        "office1",
                        false,
                        OffsetDateTime.parse("2026-11-28T03:00:00Z"),
                        Closure.VOIDED,
                        "经核实为店内经营，未占道",
                        null,
                        null,
                        List.of()));
        OrderRef other = Fixtures.order(code, "区商务局", point, EscalationLevel.NONE);
        String merged = publish(
                EventCatalog.RECTIFICATION_CLOSED,
                other,
                new RectificationClosed(
                        other,
                        "office1",
                        false,
                        OffsetDateTime.parse("2026-11-28T03:00:00Z"),
                        Closure.MERGED,
                        "同一问题重复立单",
                        new OrderLink(order.id(), order.number()),
                        null,
                        List.of()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertEquals(Set.of("INBOX " + username, "MAIL " + liaison), keys(of(attached)));
            assertEquals(Set.of("INBOX " + username, "MAIL " + liaison), keys(of(reminder)));
            assertEquals(Set.of("INBOX " + username), keys(of(voided)));
            assertEquals(Set.of("INBOX " + username), keys(of(merged)));
        });
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.mailbox(liaison, json).size() == 2);
        Map<String, ReceivedMail> mails =
                Fixtures.mailbox(liaison, json).stream().collect(Collectors.toMap(ReceivedMail::subject, m -> m));
        ReceivedMail evidenceMail = mails.get("【补充线索】" + point + "「生熟分区」累计反映 2 次（" + order.number() + "）");
        assertTrue(evidenceMail != null, mails.keySet().toString());
        assertTrue(
                evidenceMail.body().contains("整改单有新线索：11月26日 群众再次举报该问题，已补充至整改单，累计反映 2 次。" + "请于 11月28日 18:00 前一并完成整改。"),
                evidenceMail.body());
        ReceivedMail reminderMail = mails.get("【提醒】区商务局 " + point + "「生熟分区」临近整改期限（" + order.number() + "）");
        assertTrue(reminderMail != null, mails.keySet().toString());
        assertTrue(reminderMail.body().contains("整改单临近整改期限，尚未报送整改完成。请于 11月28日 18:00 前完成整改。"), reminderMail.body());
        assertEquals(0, Fixtures.mailbox(deputy, json).size(), "an attached finding is for the liaison");

        Notification voidedNotice = of(voided).get(0);
        assertEquals("【销号通知】" + point + "「生熟分区」经核实不属实，整改单作废（" + order.number() + "）", voidedNotice.title);
        assertTrue(voidedNotice.body.contains("作废原因：经核实为店内经营，未占道"), voidedNotice.body);
        Notification mergedNotice = of(merged).get(0);
        assertEquals(
                "【销号通知】" + point + "「生熟分区」已合并至工单 " + order.number() + "（" + other.number() + "）", mergedNotice.title);
        for (Notification n : List.of(voidedNotice, mergedNotice)) {
            assertFalse(n.body.contains("复查合格"), n.body);
            assertTrue(n.body.contains("该整改单不计扣分"), n.body);
        }
    }

    private <P extends Record> String publish(EventType<P> type, OrderRef order, P payload) {
        return TestEvents.publish(topics.of(Topic.RECTIFICATIONS), type, order.episodeKey(), payload, json);
    }
}
