package gov.chuangcheng.notification.routing;

import static gov.chuangcheng.notification.Fixtures.address;
import static gov.chuangcheng.notification.Fixtures.contact;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.rectification.Assignee;
import gov.chuangcheng.events.rectification.DisputeDecided;
import gov.chuangcheng.events.rectification.DisputeDecision;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationDispatched;
import gov.chuangcheng.events.rectification.RectificationDisputed;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationReassigned;
import gov.chuangcheng.events.rectification.RectificationResumed;
import gov.chuangcheng.events.rectification.ResponsibilitySettled;
import gov.chuangcheng.events.rectification.UnitLink;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.notification.message.Notification;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 退单, 确权, 改派 and 派遣 from the real broker reach the people of the seeded rules: the office hears of a dispute, the
 * disputing unit of the decision, both units of a reassignment (and a subscribed system gets its webhook), the
 * assignee of a dispatch — and, from then on, a copy of every message to the unit. A settlement tells nobody.
 */
@QuarkusTest
class ResponsibilityRoutingTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-26T02:00:00Z");
    // 09:30 UTC = 17:30 in Shanghai
    private static final OffsetDateTime FRESH_DEADLINE = OffsetDateTime.parse("2026-12-03T09:30:00Z");

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    UnitDirectory directory;

    String s;
    String street;
    String streetName;
    String community;
    String communityName;
    String bureau;
    String bureauName;
    String office;
    String handler;
    // people: username → mail address
    Map<String, String> mails;
    String streetLiaison;
    String streetDeputy;
    String communityLiaison;
    String communityDeputy;
    String bureauLiaison;
    String bureauDeputy;

    @BeforeEach
    void units() {
        s = Fixtures.suffix();
        String lower = s.toLowerCase();
        street = "CGJD-" + s;
        streetName = "城关街道" + s;
        community = "DGSQ-" + s;
        communityName = "东关社区" + s;
        bureau = "CGJ-" + s;
        bureauName = "区城管局" + s;
        office = "office-" + lower;
        handler = "handler-" + lower;
        streetLiaison = "st-liaison-" + lower;
        streetDeputy = "st-deputy-" + lower;
        communityLiaison = "co-liaison-" + lower;
        communityDeputy = "co-deputy-" + lower;
        bureauLiaison = "bu-liaison-" + lower;
        bureauDeputy = "bu-deputy-" + lower;
        mails = Map.of(
                streetLiaison, address("st-liaison"),
                streetDeputy, address("st-deputy"),
                communityLiaison, address("co-liaison"),
                communityDeputy, address("co-deputy"),
                bureauLiaison, address("bu-liaison"),
                bureauDeputy, address("bu-deputy"),
                office, address("office"));
        Fixtures.unit(
                topics,
                json,
                directory,
                street,
                streetName,
                UnitKind.SUBDISTRICT,
                contact("王主任", ContactRole.HEAD, address("st-head"), "st-head-" + lower),
                contact("李副主任", ContactRole.DEPUTY, mails.get(streetDeputy), streetDeputy),
                contact("张联络员", ContactRole.LIAISON, mails.get(streetLiaison), streetLiaison));
        Fixtures.childUnit(
                topics,
                json,
                directory,
                community,
                communityName,
                UnitKind.COMMUNITY,
                street,
                contact("赵书记", ContactRole.HEAD, address("co-head"), "co-head-" + lower),
                contact("钱副主任", ContactRole.DEPUTY, mails.get(communityDeputy), communityDeputy),
                contact("刘联络员", ContactRole.LIAISON, mails.get(communityLiaison), communityLiaison));
        Fixtures.unit(
                topics,
                json,
                directory,
                bureau,
                bureauName,
                UnitKind.DEPARTMENT,
                contact("周副局长", ContactRole.DEPUTY, mails.get(bureauDeputy), bureauDeputy),
                contact("吴联络员", ContactRole.LIAISON, mails.get(bureauLiaison), bureauLiaison));
        Fixtures.unit(
                topics,
                json,
                directory,
                "CCB-" + s,
                "区创城办" + s,
                UnitKind.CAMPAIGN_OFFICE,
                contact("孙科长", ContactRole.LIAISON, mails.get(office), office));
    }

    @AfterEach
    void retire() {
        Fixtures.retire(topics, json, directory, street, community, bureau, "CCB-" + s);
    }

    private OrderRef order(String unitCode, String unitName) {
        return Fixtures.order(unitCode, unitName, "农贸市场" + s, EscalationLevel.NONE);
    }

    private <P extends Record> String publish(EventType<P> type, OrderRef order, P payload) {
        return TestEvents.publish(topics.of(Topic.RECTIFICATIONS), type, order.episodeKey(), payload, json);
    }

    /** Inbox and mail of each of these people. */
    private Set<String> byInboxAndMail(String... users) {
        Set<String> keys = new java.util.HashSet<>();
        for (String user : users) {
            keys.add("INBOX " + user);
            keys.add("MAIL " + mails.get(user));
        }
        return keys;
    }

    /** The event's messages to this test's people, as "CHANNEL recipient". */
    private Set<String> reached(String eventId) {
        Set<String> mine = new java.util.HashSet<>(mails.keySet());
        mine.addAll(mails.values());
        mine.add(handler);
        return rows(eventId).stream()
                .filter(n -> mine.contains(n.recipient))
                .map(n -> n.channel + " " + n.recipient)
                .collect(Collectors.toSet());
    }

    private static List<Notification> rows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("sourceEventId", eventId));
    }

    private void expect(String eventId, Set<String> keys) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.routed(eventId));
        assertEquals(keys, reached(eventId), eventId);
    }

    private Notification inboxOf(String eventId, String user) {
        return rows(eventId).stream()
                .filter(n -> n.recipient.equals(user) && n.channel.name().equals("INBOX"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aDisputeReachesTheOfficeAndItsDecisionTheDisputingUnit() {
        OrderRef order = order(bureau, bureauName);
        String disputed = publish(
                EventCatalog.RECTIFICATION_DISPUTED,
                order,
                new RectificationDisputed(
                        order, "dp-" + s, new UnitLink(street, streetName), "市场由街道管理", bureauLiaison, AT));
        String decided = publish(
                EventCatalog.DISPUTE_DECIDED,
                order,
                new DisputeDecided(
                        order,
                        "dp-" + s,
                        DisputeDecision.REJECTED,
                        new UnitLink(bureau, bureauName),
                        "市场外围道路属城管局职责",
                        true,
                        "office1",
                        AT));
        expect(disputed, byInboxAndMail(office));
        expect(decided, byInboxAndMail(bureauLiaison, bureauDeputy));

        Notification toOffice = inboxOf(disputed, office);
        assertEquals("【退单待确权】" + bureauName + " 农贸市场" + s + "「生熟分区」（" + order.number() + "）", toOffice.title);
        assertTrue(
                toOffice.body.startsWith("【退单待确权】" + bureauName + "于 11月26日 将点位「农贸市场" + s + "」「生熟分区」整改单退回，认为应由"
                        + streetName + "负责，请创城办及时确权。"),
                toOffice.body);
        assertTrue(toOffice.body.contains("退单理由：市场由街道管理"), toOffice.body);
        String toUnit = inboxOf(decided, bureauLiaison).body;
        assertTrue(toUnit.contains("退单被驳回，整改单仍由您单位办理，整改时限不变，仍为 11月28日 18:00"), toUnit);
        assertTrue(toUnit.contains("此为最终确权结果"), toUnit);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void aReassignmentReachesBothUnitsAndTheSubscribedSystems() throws Exception {
        List<String> received = Collections.synchronizedList(new ArrayList<>());
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        // the bureau's system subscribes to its own units' reassignments: the order leaves it, so it is told
        String subscription = given().contentType("application/json")
                .body(Map.of(
                        "name",
                        "城管局业务系统",
                        "url",
                        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "eventTypes",
                        List.of("cc.rectification.reassigned.v1"),
                        "unitCodes",
                        List.of(bureau)))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            OrderRef before = order(bureau, bureauName);
            OrderRef moved = Fixtures.movedTo(before, street, streetName, FRESH_DEADLINE);
            String reassigned = publish(
                    EventCatalog.RECTIFICATION_REASSIGNED,
                    moved,
                    new RectificationReassigned(
                            moved,
                            new UnitLink(bureau, bureauName),
                            new UnitLink(street, streetName),
                            "市场周边由街道管理",
                            true,
                            "dp-" + s,
                            "office1",
                            AT));
            Set<String> both = byInboxAndMail(streetLiaison, streetDeputy);
            both.addAll(byInboxAndMail(bureauLiaison, bureauDeputy));
            expect(reassigned, both);

            Notification toNew = inboxOf(reassigned, streetLiaison);
            assertEquals("【改派通知】农贸市场" + s + "「生熟分区」改派您单位整改（" + before.number() + "）", toNew.title);
            assertTrue(
                    toNew.body.startsWith("【改派通知】创城办已将点位「农贸市场" + s + "」「生熟分区」未达标问题的整改单由" + bureauName
                            + "改派至您单位办理，整改时限重新计算，请于 12月3日 17:30 前完成整改。"),
                    toNew.body);
            Notification toOld = inboxOf(reassigned, bureauLiaison);
            assertEquals("【改派通知】农贸市场" + s + "「生熟分区」已改派至" + streetName + "（" + before.number() + "）", toOld.title);
            assertTrue(toOld.body.contains("该整改单不再由您单位办理，您单位在该整改单上的扣分已予撤销。"), toOld.body);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Fixtures.mailbox(mails.get(bureauDeputy), json).size() == 1);

            await().atMost(Duration.ofSeconds(30)).until(() -> received.stream().anyMatch(b -> b.contains(reassigned)));
            JsonNode body = json.readTree(received.stream()
                    .filter(b -> b.contains(reassigned))
                    .findFirst()
                    .orElseThrow());
            assertEquals("cc.rectification.reassigned.v1", body.get("type").asText());
            assertEquals(bureau, body.get("data").get("from").get("code").asText());
            assertEquals(street, body.get("data").get("order").get("unitCode").asText());
        } finally {
            receiver.stop(0);
            String etag = given().get("/webhook-subscriptions/" + subscription).header("ETag");
            given().header("If-Match", etag)
                    .delete("/webhook-subscriptions/" + subscription)
                    .then()
                    .statusCode(204);
        }
    }

    @Test
    void aDispatchReachesTheAssigneeAndFromThenOnEveryMessageToTheUnitReachesItToo() {
        Assignee assignee = new Assignee(community, communityName, handler);
        OrderRef order = Fixtures.dispatchedTo(order(street, streetName), assignee);
        String dispatched = publish(
                EventCatalog.RECTIFICATION_DISPATCHED,
                order,
                new RectificationDispatched(order, assignee, "请三日内清理到位", streetLiaison, AT));
        Set<String> assigneeKeys = byInboxAndMail(communityLiaison, communityDeputy);
        assigneeKeys.add("INBOX " + handler);
        // the community's liaison and deputy, the handler in the inbox; the street dispatched it and hears nothing
        expect(dispatched, assigneeKeys);

        Notification toHandler = inboxOf(dispatched, handler);
        assertEquals("【整改派遣】农贸市场" + s + "「生熟分区」交由您办理（" + order.number() + "）", toHandler.title);
        assertTrue(
                toHandler.body.startsWith(
                        "【整改派遣】" + streetName + "已将点位「农贸市场" + s + "」「生熟分区」整改单交由您办理，请于 11月28日 18:00 前完成整改。"),
                toHandler.body);
        assertTrue(toHandler.body.contains("派遣意见：请三日内清理到位"), toHandler.body);
        assertTrue(
                inboxOf(dispatched, communityLiaison).body.contains("整改单派遣至您单位办理"),
                inboxOf(dispatched, communityLiaison).body);

        String extended = publish(
                EventCatalog.RECTIFICATION_EXTENDED,
                order,
                new RectificationExtended(order, order.deadline(), FRESH_DEADLINE, "雨天无法施工", "office1", AT));
        Set<String> everyone = byInboxAndMail(streetLiaison, streetDeputy);
        everyone.addAll(assigneeKeys);
        everyone.add("INBOX " + office);
        expect(extended, everyone);
        String copy = inboxOf(extended, handler).body;
        assertTrue(copy.startsWith("【延期批准】创城办已批准" + streetName + "负责的点位"), copy);
        assertTrue(copy.endsWith("派遣办理：" + streetName + "已将该整改单交由您办理。"), copy);
        assertFalse(inboxOf(extended, streetLiaison).body.contains("派遣办理"), "the unit's own message");
    }

    @Test
    void aSettlementTellsNobody() {
        OrderRef order = order(street, streetName);
        String settled = publish(
                EventCatalog.RESPONSIBILITY_SETTLED,
                order,
                new ResponsibilitySettled(order, new UnitLink(street, streetName), "退单驳回", "office1", AT));
        // the same episode's next event comes after it
        String resumed =
                publish(EventCatalog.RECTIFICATION_RESUMED, order, new RectificationResumed(order, "office1", AT));
        expect(resumed, Set.of("INBOX " + streetLiaison, "MAIL " + mails.get(streetLiaison), "INBOX " + office));
        assertEquals(List.of(), rows(settled));
        assertFalse(Fixtures.routed(settled), "skipped, not handled");
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void theNewEventTypesHaveSeededRulesAndTheirAudiencesAreChecked() {
        given().get("/notification-rules/event-types")
                .then()
                .statusCode(200)
                .body(
                        "$",
                        hasItems(
                                "cc.rectification.disputed.v1",
                                "cc.rectification.dispute-decided.v1",
                                "cc.rectification.reassigned.v1",
                                "cc.rectification.dispatched.v1"))
                .body("$", not(hasItems("cc.responsibility.settled.v1")));
        given().queryParam("eventType", "cc.rectification.reassigned.v1")
                .get("/notification-rules")
                .then()
                .statusCode(200)
                .body("items.audience", hasItems("RESPONSIBLE_UNIT", "FORMER_UNIT"));
        given().queryParam("eventType", "cc.rectification.dispatched.v1")
                .get("/notification-rules")
                .then()
                .statusCode(200)
                .body("items.audience", hasItems("ASSIGNEE"));
        // only a reassignment names a former unit, and only an order can be dispatched
        given().contentType("application/json")
                .body("""
                        {"name":"x","eventType":"cc.rectification.opened.v1","audience":"FORMER_UNIT","channels":["INBOX"]}""")
                .post("/notification-rules")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("audience"));
        given().contentType("application/json")
                .body("""
                        {"name":"x","eventType":"cc.task.overdue.v1","audience":"ASSIGNEE","channels":["INBOX"]}""")
                .post("/notification-rules")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("audience"));
    }
}
