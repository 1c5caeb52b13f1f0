package gov.chuangcheng.notification.routing;

import static gov.chuangcheng.notification.Fixtures.address;
import static gov.chuangcheng.notification.Fixtures.contact;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationAcknowledged;
import gov.chuangcheng.events.rectification.RectificationAppealed;
import gov.chuangcheng.events.rectification.RectificationChangeRequested;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationResumed;
import gov.chuangcheng.events.rectification.RectificationSubmitted;
import gov.chuangcheng.events.rectification.RectificationSuspended;
import gov.chuangcheng.events.rectification.RequestedChange;
import gov.chuangcheng.events.task.TaskAssigned;
import gov.chuangcheng.events.task.TaskCompleted;
import gov.chuangcheng.events.task.TaskRejected;
import gov.chuangcheng.events.task.TaskSubmitted;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.notification.message.Notification;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
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
 * The rest of an order's life (signed for, submitted, extended, suspended, resumed, appealed) and task assignment and
 * completion, from the real broker, reach the people of the seeded default rules — inbox and real mail in Chinese.
 */
@QuarkusTest
class ChainRoutingTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-26T02:00:00Z");

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    UnitDirectory directory;

    String s;
    String unit;
    String coUnit;
    String head;
    String deputy;
    String liaison;
    String coLiaison;
    String office;
    String deputyMail;
    String liaisonMail;
    String coLiaisonMail;
    String officeMail;

    @BeforeEach
    void units() {
        s = Fixtures.suffix();
        String lower = s.toLowerCase();
        unit = "ZJJ-" + s;
        coUnit = "SWJ-" + s;
        head = "head-" + lower;
        deputy = "deputy-" + lower;
        liaison = "liaison-" + lower;
        coLiaison = "co-liaison-" + lower;
        office = "office-" + lower;
        deputyMail = address("deputy");
        liaisonMail = address("liaison");
        coLiaisonMail = address("co-liaison");
        officeMail = address("office");
        Fixtures.unit(
                topics,
                json,
                directory,
                unit,
                "区住建局" + s,
                UnitKind.DEPARTMENT,
                contact("王局长", ContactRole.HEAD, address("head"), head),
                contact("李副局长", ContactRole.DEPUTY, deputyMail, deputy),
                contact("张联络员", ContactRole.LIAISON, liaisonMail, liaison));
        Fixtures.unit(
                topics,
                json,
                directory,
                coUnit,
                "区水务局" + s,
                UnitKind.DEPARTMENT,
                contact("赵局长", ContactRole.HEAD, address("co-head"), "co-head-" + lower),
                contact("钱联络员", ContactRole.LIAISON, coLiaisonMail, coLiaison));
        Fixtures.unit(
                topics,
                json,
                directory,
                "CCB-" + s,
                "区创城办" + s,
                UnitKind.CAMPAIGN_OFFICE,
                contact("孙科长", ContactRole.LIAISON, officeMail, office));
    }

    @AfterEach
    void retire() {
        Fixtures.retire(topics, json, directory, unit, coUnit, "CCB-" + s);
    }

    private OrderRef order() {
        return Fixtures.order(unit, "区住建局" + s, "建设路口" + s, EscalationLevel.NONE);
    }

    private <P extends Record> String publish(Topic topic, EventType<P> type, String key, P payload) {
        return TestEvents.publish(topics.of(topic), type, key, payload, json);
    }

    /** The event's messages to this test's people, as "CHANNEL recipient". */
    private Set<String> reached(String eventId) {
        Set<String> mine =
                Set.of(head, deputy, liaison, coLiaison, office, deputyMail, liaisonMail, coLiaisonMail, officeMail);
        return rows(eventId).stream()
                .filter(n -> mine.contains(n.recipient))
                .map(n -> n.channel + " " + n.recipient)
                .collect(Collectors.toSet());
    }

    private static List<Notification> rows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("sourceEventId", eventId));
    }

    private void expect(String eventId, String... keys) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.routed(eventId));
        assertEquals(Set.of(keys), reached(eventId), eventId);
    }

    private Notification inboxOf(String eventId, String user) {
        return rows(eventId).stream()
                .filter(n -> n.recipient.equals(user) && n.channel.name().equals("INBOX"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void signedForSubmittedAndAppealedOrdersReachTheOffice() {
        OrderRef order = order();
        String acknowledged = publish(
                Topic.RECTIFICATIONS,
                EventCatalog.RECTIFICATION_ACKNOWLEDGED,
                order.episodeKey(),
                new RectificationAcknowledged(order, liaison, AT));
        String submitted = publish(
                Topic.RECTIFICATIONS,
                EventCatalog.RECTIFICATION_SUBMITTED,
                order.episodeKey(),
                new RectificationSubmitted(order, liaison, "已清理占道摊点", List.of("ev-1", "ev-2"), AT));
        String appealed = publish(
                Topic.RECTIFICATIONS,
                EventCatalog.RECTIFICATION_APPEALED,
                order.episodeKey(),
                new RectificationAppealed(order, "ap-1", "该点位不属我单位管辖", liaison, AT));
        expect(acknowledged, "INBOX " + office);
        expect(submitted, "INBOX " + office);
        expect(appealed, "INBOX " + office, "MAIL " + officeMail);

        Notification n = inboxOf(submitted, office);
        assertEquals("【整改完成】建设路口" + s + "「生熟分区」已报整改完成（" + order.number() + "）", n.title);
        assertTrue(n.body.startsWith("【整改完成】区住建局" + s + "于 11月26日 报告点位「建设路口" + s + "」「生熟分区」已整改完成"), n.body);
        assertTrue(n.body.contains("整改照片：2 张"), n.body);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.mailbox(officeMail, json).size() == 1);
        assertEquals(
                "【申诉待审】区住建局" + s + " 建设路口" + s + "「生熟分区」（" + order.number() + "）",
                Fixtures.mailbox(officeMail, json).get(0).subject());
    }

    @Test
    void aRequestFiledReachesTheOfficeAtOnce() {
        OrderRef order = order();
        String filed = publish(
                Topic.RECTIFICATIONS,
                EventCatalog.RECTIFICATION_CHANGE_REQUESTED,
                order.episodeKey(),
                new RectificationChangeRequested(order, "rq-1", RequestedChange.EXTENSION, 2, "需采购材料", liaison, AT));
        expect(filed, "INBOX " + office);
        Notification n = inboxOf(filed, office);
        assertEquals("【延期待审】区住建局" + s + "「建设路口" + s + "」「生熟分区」（" + order.number() + "）", n.title);
        assertTrue(
                n.body.startsWith("【延期待审】区住建局" + s + "于11月26日就点位「建设路口" + s + "」「生熟分区」整改单申请延期2个工作日，请创城办及时审核。"), n.body);
        assertTrue(n.body.contains("申请理由：需采购材料"), n.body);
    }

    @Test
    void extensionsSuspensionsAndResumptionsReachTheUnitsLiaisonAndTheOffice() {
        OrderRef order = order();
        String extended = publish(
                Topic.RECTIFICATIONS,
                EventCatalog.RECTIFICATION_EXTENDED,
                order.episodeKey(),
                new RectificationExtended(
                        order,
                        OffsetDateTime.parse("2026-11-28T10:00:00Z"),
                        OffsetDateTime.parse("2026-12-03T10:00:00Z"),
                        "雨天无法施工",
                        "office1",
                        AT));
        String suspended = publish(
                Topic.RECTIFICATIONS,
                EventCatalog.RECTIFICATION_SUSPENDED,
                order.episodeKey(),
                new RectificationSuspended(order, "申诉审核中", "office1", AT));
        String resumed = publish(
                Topic.RECTIFICATIONS,
                EventCatalog.RECTIFICATION_RESUMED,
                order.episodeKey(),
                new RectificationResumed(order, "office1", AT));
        expect(
                extended,
                "INBOX " + liaison,
                "MAIL " + liaisonMail,
                "INBOX " + deputy,
                "MAIL " + deputyMail,
                "INBOX " + office);
        expect(suspended, "INBOX " + liaison, "MAIL " + liaisonMail, "INBOX " + office);
        expect(resumed, "INBOX " + liaison, "MAIL " + liaisonMail, "INBOX " + office);

        assertTrue(
                inboxOf(extended, liaison)
                        .body
                        .startsWith("【延期批准】创城办已批准您单位负责的点位「建设路口" + s + "」「生熟分区」整改单延期，整改时限由 11月28日 18:00 延至 12月3日 18:00"),
                inboxOf(extended, liaison).body);
        assertTrue(
                inboxOf(extended, office).body.startsWith("【延期批准】创城办已批准区住建局" + s + "负责的点位"),
                inboxOf(extended, office).body);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.mailbox(deputyMail, json).size() == 1);
        Fixtures.ReceivedMail mail = Fixtures.mailbox(deputyMail, json).get(0);
        assertEquals("【延期批准】建设路口" + s + "「生熟分区」整改时限延至 12月3日 18:00（" + order.number() + "）", mail.subject());
        assertTrue(mail.body().contains("延期理由：雨天无法施工"), mail.body());
        assertTrue(inboxOf(suspended, liaison).body.contains("挂起原因：申诉审核中"), inboxOf(suspended, liaison).body);
    }

    @Test
    void anAttachedFindingReachesTheUnitsLiaisonAsAnOpenedOrderDoes() {
        OrderRef order = order();
        String attached = publish(
                Topic.RECTIFICATIONS,
                EventCatalog.RECTIFICATION_EVIDENCE_ADDED,
                order.episodeKey(),
                Fixtures.evidenceAdded(order, 2, true));
        // the liaison by inbox and mail; no rung fired, so neither the head nor the office hears of it
        expect(attached, "INBOX " + liaison, "MAIL " + liaisonMail);

        Notification n = inboxOf(attached, liaison);
        assertEquals("【补充线索】建设路口" + s + "「生熟分区」累计反映 2 次，优先复查（" + order.number() + "）", n.title);
        assertTrue(
                n.body.startsWith("【补充线索】您单位负责的点位「建设路口" + s + "」「生熟分区」整改单有新线索：11月26日 群众再次举报该问题，"
                        + "已补充至整改单，累计反映 2 次。该线索在您单位报送整改完成后收到，创城办将优先复查。"),
                n.body);
        assertTrue(n.body.contains("新增照片：2 张"), n.body);
    }

    @Test
    void anAssignedTaskReachesItsUnitsASubmittedOneTheOfficeAndTheDecisionTheLeadUnit() {
        String task = "task-" + s;
        String assigned = publish(
                Topic.TASKS,
                EventCatalog.TASK_ASSIGNED,
                task,
                new TaskAssigned(
                        task,
                        "背街小巷环境整治" + s,
                        "S-2.1.3",
                        "背街小巷路面整洁",
                        unit,
                        "区住建局" + s,
                        List.of(coUnit),
                        LocalDate.of(2026, 12, 20),
                        "office1",
                        AT));
        String submitted = publish(
                Topic.TASKS,
                EventCatalog.TASK_SUBMITTED,
                task,
                new TaskSubmitted(
                        task,
                        "背街小巷环境整治" + s,
                        unit,
                        "区住建局" + s,
                        LocalDate.of(2026, 12, 20),
                        liaison,
                        OffsetDateTime.parse("2026-12-16T08:00:00Z")));
        String rejected = publish(
                Topic.TASKS,
                EventCatalog.TASK_REJECTED,
                task,
                new TaskRejected(
                        task,
                        "背街小巷环境整治" + s,
                        unit,
                        "区住建局" + s,
                        LocalDate.of(2026, 12, 20),
                        "台账缺少整治前后对比照片",
                        "office1",
                        OffsetDateTime.parse("2026-12-17T08:00:00Z")));
        String completed = publish(
                Topic.TASKS,
                EventCatalog.TASK_COMPLETED,
                task,
                new TaskCompleted(
                        task,
                        "背街小巷环境整治" + s,
                        unit,
                        "区住建局" + s,
                        LocalDate.of(2026, 12, 20),
                        OffsetDateTime.parse("2026-12-18T08:00:00Z"),
                        true));
        expect(
                assigned,
                "INBOX " + liaison,
                "MAIL " + liaisonMail,
                "INBOX " + deputy,
                "MAIL " + deputyMail,
                "INBOX " + coLiaison);
        // the submission waits for the office: it is told at once; the decisions reach the lead unit, not the office
        expect(submitted, "INBOX " + office);
        expect(rejected, "INBOX " + liaison, "MAIL " + liaisonMail, "INBOX " + deputy, "MAIL " + deputyMail);
        expect(completed, "INBOX " + liaison, "MAIL " + liaisonMail, "INBOX " + deputy, "MAIL " + deputyMail);

        assertEquals("【任务交办】背街小巷环境整治" + s, inboxOf(assigned, liaison).title);
        assertTrue(
                inboxOf(assigned, liaison)
                        .body
                        .startsWith("【任务交办】创城办已将创城任务「背街小巷环境整治" + s + "」交由您单位牵头办理，请于 12月20日 前完成。"),
                inboxOf(assigned, liaison).body);
        String co = inboxOf(assigned, coLiaison).body;
        assertTrue(co.startsWith("【任务交办】创城办已将创城任务「背街小巷环境整治" + s + "」交由区住建局" + s + "牵头、您单位配合办理"), co);
        assertTrue(co.contains("配合单位：区水务局" + s), co);
        assertEquals(
                "【任务待验收】区住建局" + s + "牵头的创城任务「背街小巷环境整治" + s + "」已于12月16日提交验收，完成时限12月20日，请创城办及时验收。",
                inboxOf(submitted, office).body.lines().findFirst().orElseThrow());
        assertTrue(inboxOf(rejected, liaison).body.contains("验收意见：台账缺少整治前后对比照片"), inboxOf(rejected, liaison).body);
        assertTrue(
                inboxOf(completed, liaison)
                        .body
                        .startsWith("【任务验收通过】您单位牵头的创城任务「背街小巷环境整治" + s + "」已于12月18日通过创城办验收，按时完成。"),
                inboxOf(completed, liaison).body);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void theNewEventTypesHaveSeededRulesAndMayBeSubscribedTo() {
        given().get("/notification-rules/event-types")
                .then()
                .statusCode(200)
                .body(
                        "$",
                        hasItems(
                                "cc.rectification.acknowledged.v1",
                                "cc.rectification.submitted.v1",
                                "cc.rectification.extended.v1",
                                "cc.rectification.suspended.v1",
                                "cc.rectification.resumed.v1",
                                "cc.rectification.appealed.v1",
                                "cc.rectification.evidence-added.v1",
                                "cc.task.assigned.v1",
                                "cc.task.completed.v1",
                                "cc.task.submitted.v1",
                                "cc.task.rejected.v1",
                                "cc.webhook-subscription.disabled.v1"));
        given().queryParam("eventType", "cc.rectification.evidence-added.v1")
                .get("/notification-rules")
                .then()
                .statusCode(200)
                .body("items.audience", hasItems("RESPONSIBLE_UNIT"))
                .body("items.roles.flatten()", hasItems("LIAISON"));
        given().queryParam("eventType", "cc.task.assigned.v1")
                .get("/notification-rules")
                .then()
                .statusCode(200)
                .body("items.audience", hasItems("RESPONSIBLE_UNIT", "CO_UNITS"));
        // co-units exist only for task assignments
        given().contentType("application/json")
                .body("""
                        {"name":"x","eventType":"cc.task.completed.v1","audience":"CO_UNITS","channels":["INBOX"]}""")
                .post("/notification-rules")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("audience"));
    }
}
