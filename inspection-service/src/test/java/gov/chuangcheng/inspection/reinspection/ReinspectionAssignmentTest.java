package gov.chuangcheng.inspection.reinspection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.ReinspectionAssigned;
import gov.chuangcheng.events.inspection.ReinspectionAssignment;
import gov.chuangcheng.events.inspection.ReinspectionFallingDue;
import gov.chuangcheng.events.patrol.PatrolPlanAssigned;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationSentBack;
import gov.chuangcheng.events.rectification.RectificationSubmitted;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Re-inspections verify the order: they score the standard under verification (other items count as a patrol), go to
 * the inspector whose patrol plan holds the point, else wait in the pool for a claim (first claim wins) or the office's
 * assignment, carry what the inspector needs to verify, and are flagged to the office when late.
 */
@QuarkusTest
class ReinspectionAssignmentTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    ReinspectionSweeper sweeper;

    private String office;
    private String inspector1;
    private String inspector2;
    private String fence;
    private String litter;
    private int version;
    private String pointCode;
    private String pointId;
    private String photo;

    @BeforeEach
    void point() {
        office = KeycloakTokens.forUser("office1");
        inspector1 = KeycloakTokens.forUser("inspector1");
        inspector2 = KeycloakTokens.forUser("inspector2");
        photo = Fixtures.photo(inspector1);
        fixtures.seedUnits();
        fence = Fixtures.unique("S");
        litter = Fixtures.unique("S");
        fixtures.standards(
                Fixtures.standard(fence, "无乱贴乱画", "BACK_STREET"), Fixtures.standard(litter, "无乱堆乱放", "BACK_STREET"));
        version = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"passThreshold":12,"items":[
                         {"code":"B1","standardCode":"%s","checkText":"无乱贴乱画","maxScore":10,"passThreshold":6,"severity":"GENERAL"},
                         {"code":"B2","standardCode":"%s","checkText":"无乱堆乱放","maxScore":10,"passThreshold":6,"severity":"SERIOUS"}]}
                        """.formatted(fence, litter))
                .post("/checklists/BACK_STREET/versions")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        pointCode = Fixtures.unique("BJ");
        pointId = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"code":"%s","name":"文庙巷","type":"BACK_STREET","address":"城关区文庙巷",
                         "latitude":30.27,"longitude":120.15,"crs":"WGS84","responsibleUnitCode":"JD01"}
                        """.formatted(pointCode))
                .post("/points")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aReinspectionScoresTheOrdersStandardAndAnotherFailedItemOpensItsOwnEpisode() throws Exception {
        String orderId = requested(OffsetDateTime.now().plusDays(2));
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            // the standard under verification must be scored: the other item need not be
            given().auth()
                    .oauth2(inspector1)
                    .contentType("application/json")
                    .body(reinspection(orderId, "{\"itemCode\":\"B2\",\"score\":9}"))
                    .post("/inspections")
                    .then()
                    .statusCode(400)
                    .body("errors.message", hasItem(containsString("standard under verification (" + fence + ")")));
            given().auth()
                    .oauth2(inspector1)
                    .contentType("application/json")
                    .body(reinspection(
                            orderId,
                            "{\"itemCode\":\"B1\",\"score\":8},{\"itemCode\":\"B2\",\"score\":2,\"remark\":\"垃圾堆放\","
                                    + "\"evidenceIds\":[\"" + photo + "\"]}"))
                    .post("/inspections")
                    .then()
                    .statusCode(201);
            kafka.await(ofType("cc.reinspection.passed.v1"), 1, Duration.ofSeconds(30));
            ItemFailed failed = json.readValue(
                    kafka.await(ofType("cc.inspection.item-failed.v1"), 1, Duration.ofSeconds(30))
                            .get(0)
                            .value(),
                    ItemFailed.class);
            assertEquals(litter, failed.standardCode());
            assertEquals("B2", failed.itemCode());
            assertEquals(List.of(photo), failed.evidenceIds());
            List<ConsumerRecord<String, String>> all = kafka.drain(Duration.ofSeconds(2));
            assertTrue(all.stream().noneMatch(ofType("cc.reinspection.failed.v1")));
            assertEquals(
                    1,
                    all.stream().filter(ofType("cc.inspection.item-failed.v1")).count(),
                    "one failure, one event");
        }

        // a re-inspection that scores only the order's standard verifies it; nothing else is inspected
        String second = requested(OffsetDateTime.now().plusDays(2));
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            given().auth()
                    .oauth2(inspector1)
                    .contentType("application/json")
                    .body(reinspection(second, "{\"itemCode\":\"B1\",\"score\":9}"))
                    .post("/inspections")
                    .then()
                    .statusCode(201)
                    .body("items.itemCode", contains("B1"));
            kafka.await(
                    ofType("cc.reinspection.passed.v1").and(r -> r.value().contains(second)),
                    1,
                    Duration.ofSeconds(30));
            InspectionCompleted completed = json.readValue(
                    kafka.await(
                                    ofType("cc.inspection.completed.v1")
                                            .and(r -> r.value().contains(second)),
                                    1,
                                    Duration.ofSeconds(30))
                            .get(0)
                            .value(),
                    InspectionCompleted.class);
            assertEquals(1, completed.items().size());
            assertEquals(second, completed.reinspectionOfOrderId());
        }
    }

    @Test
    void theInspectorOfThePatrolPlanGetsItAndNoOtherInspectorMaySubmitOrClaimIt() throws Exception {
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            // a patrol inspector of its own, so that no other test's plan for the day overlaps
            String patroller = "patrol-" + Fixtures.unique("p").toLowerCase();
            given().auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("{\"inspector\":\"%s\",\"startDate\":\"%s\",\"pointCodes\":[\"%s\"]}"
                            .formatted(patroller, today, pointCode))
                    .post("/patrol-plans")
                    .then()
                    .statusCode(201);
            PatrolPlanAssigned plan = json.readValue(
                    kafka.await(
                                    r -> patroller.equals(r.key())
                                            && "cc.patrol-plan.assigned.v1"
                                                    .equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE)),
                                    1,
                                    Duration.ofSeconds(30))
                            .get(0)
                            .value(),
                    PatrolPlanAssigned.class);
            assertEquals(List.of(pointCode), plan.pointCodes());
            assertEquals("office1", plan.by());

            String orderId = requested(OffsetDateTime.now().plusDays(2));
            given().auth()
                    .oauth2(office)
                    .get("/reinspections/" + orderId)
                    .then()
                    .body("inspector", equalTo(patroller))
                    .body("assignment", equalTo("PATROL_PLAN"))
                    .body("assignmentName", equalTo("按巡查计划分派"));
            ReinspectionAssigned assigned = assigned(kafka, orderId).get(0);
            assertEquals(patroller, assigned.inspector());
            assertEquals(ReinspectionAssignment.PATROL_PLAN, assigned.assignment());
            assertNull(assigned.previousInspector());

            // another inspector can neither claim nor submit it
            given().auth()
                    .oauth2(inspector1)
                    .post("/reinspections/" + orderId + "/claim")
                    .then()
                    .statusCode(409)
                    .body("detail", containsString(patroller));
            given().auth()
                    .oauth2(inspector1)
                    .contentType("application/json")
                    .body(reinspection(orderId, "{\"itemCode\":\"B1\",\"score\":9}"))
                    .post("/inspections")
                    .then()
                    .statusCode(409)
                    .body("detail", containsString("创城办改派"));
            // the office moves it; the new inspector verifies it
            given().auth()
                    .oauth2(inspector1)
                    .contentType("application/json")
                    .body("{\"inspector\":\"inspector1\"}")
                    .post("/reinspections/" + orderId + "/assignment")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("{\"inspector\":\"inspector1\"}")
                    .post("/reinspections/" + orderId + "/assignment")
                    .then()
                    .statusCode(200)
                    .body("inspector", equalTo("inspector1"))
                    .body("assignment", equalTo("OFFICE"));
            ReinspectionAssigned moved = assigned(kafka, orderId).stream()
                    .filter(a -> a.assignment() == ReinspectionAssignment.OFFICE)
                    .findFirst()
                    .orElseThrow();
            assertEquals(patroller, moved.previousInspector());
            assertEquals("office1", moved.by());
            given().auth()
                    .oauth2(inspector1)
                    .contentType("application/json")
                    .body(reinspection(orderId, "{\"itemCode\":\"B1\",\"score\":9}"))
                    .post("/inspections")
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void aReinspectionInThePoolGoesToTheFirstClaimant() throws Exception {
        String orderId = requested(OffsetDateTime.now().plusDays(2));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(inspector1)
                        .queryParam("holder", "POOL")
                        .queryParam("point", pointCode)
                        .get("/reinspections")
                        .then()
                        .body("items[0].orderId", equalTo(orderId))
                        .body("items[0].inspector", nullValue()));
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            given().auth()
                    .oauth2(inspector1)
                    .post("/reinspections/" + orderId + "/claim")
                    .then()
                    .statusCode(200)
                    .body("inspector", equalTo("inspector1"))
                    .body("assignment", equalTo("CLAIMED"));
            given().auth()
                    .oauth2(inspector2)
                    .post("/reinspections/" + orderId + "/claim")
                    .then()
                    .statusCode(409)
                    .header("Content-Type", containsString("application/problem+json"))
                    .body("detail", containsString("inspector1"));
            given().auth()
                    .oauth2(inspector2)
                    .post("/reinspections/NO-SUCH-ORDER/claim")
                    .then()
                    .statusCode(404);
            List<ReinspectionAssigned> events = assigned(kafka, orderId);
            assertEquals(1, events.size(), "the refused claim published nothing");
            assertEquals(ReinspectionAssignment.CLAIMED, events.get(0).assignment());
        }
        given().auth()
                .oauth2(inspector2)
                .queryParam("holder", "POOL")
                .queryParam("point", pointCode)
                .get("/reinspections")
                .then()
                .body("total", equalTo(0));
        given().auth()
                .oauth2(inspector1)
                .queryParam("holder", "MINE")
                .queryParam("point", pointCode)
                .get("/reinspections")
                .then()
                .body("total", equalTo(1))
                .body("items[0].orderId", equalTo(orderId));
    }

    @Test
    void theInspectorReadsTheProblemTheFixAndTheHistoryAndASentBackFixWithdrawsIt() {
        String orderId = UUID.randomUUID().toString();
        OrderRef order = order(orderId);
        OffsetDateTime opened = OffsetDateTime.parse("2026-12-01T09:00:00+08:00");
        publish(
                EventCatalog.RECTIFICATION_OPENED,
                order,
                new RectificationOpened(
                        order, OrderSource.INSPECTION, "insp-1", "墙面小广告", List.of("before-1"), false, opened));
        publish(
                EventCatalog.RECTIFICATION_SUBMITTED,
                order,
                new RectificationSubmitted(order, "jd01", "已铲除小广告并粉刷", List.of("after-1"), opened.plusHours(5)));
        publish(
                EventCatalog.VERIFICATION_REQUESTED,
                order,
                new VerificationRequested(order, opened.plusDays(2), opened.plusHours(5)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(inspector1)
                        .get("/reinspections/" + orderId)
                        .then()
                        .statusCode(200)
                        .body("order.problem", equalTo("墙面小广告"))
                        .body("order.beforeEvidenceIds", contains("before-1"))
                        .body("order.fix", equalTo("已铲除小广告并粉刷"))
                        .body("order.afterEvidenceIds", contains("after-1"))
                        .body(
                                "order.history",
                                contains(
                                        "12月1日 09:00 立案，整改时限12月4日 09:00",
                                        "12月1日 14:00 提交整改",
                                        "12月1日 14:00 申请复查，复查期限12月3日 09:00"))
                        .body("late", equalTo(true)));

        publish(
                EventCatalog.RECTIFICATION_SENT_BACK,
                order,
                new RectificationSentBack(order, "照片看不清", "office1", opened.plusHours(6)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(inspector1)
                        .get("/reinspections/" + orderId)
                        .then()
                        .body("status", equalTo("WITHDRAWN"))
                        .body("statusName", equalTo("已撤回"))
                        .body("late", equalTo(false))
                        .body("order.history[3]", equalTo("12月1日 15:00 创城办退回整改：照片看不清")));
        given().auth()
                .oauth2(inspector1)
                .post("/reinspections/" + orderId + "/claim")
                .then()
                .statusCode(409);
    }

    @Test
    void aLateReinspectionIsFlaggedToTheOfficeOnceAndOneFallingDueOnceBeforeIt() throws Exception {
        String late = requested(OffsetDateTime.now().minusHours(1));
        String soon = requested(OffsetDateTime.now().plusMinutes(30));
        String later = requested(OffsetDateTime.now().plusDays(2));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(office)
                        .get("/reinspections/" + later)
                        .then()
                        .statusCode(200));
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            sweeper.sweep();
            sweeper.sweep();
            List<ReinspectionFallingDue> due =
                    kafka.await(ofType("cc.reinspection.falling-due.v1"), 2, Duration.ofSeconds(30)).stream()
                            .map(r -> read(r.value(), ReinspectionFallingDue.class))
                            .toList();
            assertEquals(
                    2,
                    kafka.drain(Duration.ofSeconds(2)).stream()
                            .filter(ofType("cc.reinspection.falling-due.v1"))
                            .count(),
                    "once each");
            assertEquals(2, due.size());
            assertTrue(due.stream().anyMatch(d -> d.reinspection().orderId().equals(late) && d.overdue()));
            assertTrue(due.stream().anyMatch(d -> d.reinspection().orderId().equals(soon) && !d.overdue()));
        }
        given().auth().oauth2(office).get("/reinspections/" + late).then().body("late", equalTo(true));
        given().auth().oauth2(office).get("/reinspections/" + soon).then().body("late", equalTo(false));
    }

    private String requested(OffsetDateTime dueBy) {
        String orderId = UUID.randomUUID().toString();
        OrderRef order = order(orderId);
        publish(
                EventCatalog.VERIFICATION_REQUESTED,
                order,
                new VerificationRequested(order, dueBy, OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(office)
                        .get("/reinspections/" + orderId)
                        .then()
                        .statusCode(200));
        return orderId;
    }

    private OrderRef order(String orderId) {
        return new OrderRef(
                orderId,
                "ZG-2026-" + orderId.substring(0, 6),
                pointId,
                pointCode,
                "文庙巷",
                fence,
                "无乱贴乱画",
                "JD01",
                "城关街道",
                Severity.GENERAL,
                OffsetDateTime.parse("2026-12-04T09:00:00+08:00"),
                EscalationLevel.NONE);
    }

    private <P extends Record> void publish(gov.chuangcheng.events.EventType<P> type, OrderRef order, P payload) {
        TestEvents.publish(topics.of(Topic.RECTIFICATIONS), type, order.episodeKey(), payload, json);
    }

    private List<ReinspectionAssigned> assigned(KafkaEvents kafka, String orderId) {
        kafka.await(
                r -> ofType("cc.reinspection.assigned.v1").test(r) && r.value().contains(orderId),
                1,
                Duration.ofSeconds(30));
        return kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(ofType("cc.reinspection.assigned.v1"))
                .filter(r -> r.value().contains(orderId))
                .map(r -> read(r.value(), ReinspectionAssigned.class))
                .toList();
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String reinspection(String orderId, String items) {
        return """
                {"pointCode":"%s","inspectedAt":"%s","latitude":30.27,"longitude":120.15,
                 "checklistVersion":%d,"reinspectionOrderId":"%s","items":[%s]}
                """.formatted(pointCode, OffsetDateTime.now().minusMinutes(1), version, orderId, items);
    }

    private Predicate<ConsumerRecord<String, String>> ofType(String type) {
        return r -> pointId.equals(r.key()) && type.equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE));
    }
}
