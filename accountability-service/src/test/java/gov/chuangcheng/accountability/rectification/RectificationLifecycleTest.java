package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.assessment.LedgerEntryRecorded;
import gov.chuangcheng.events.inspection.ReinspectionFailed;
import gov.chuangcheng.events.inspection.ReinspectionPassed;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What units and the office do with orders, with real Keycloak tokens, and what re-inspections do to them. */
@QuarkusTest
class RectificationLifecycleTest {

    private static final String SUBMISSION =
            "{\"description\":\"积水已清理\",\"evidenceIds\":[\"3b1f5c2a-8e4d-4f6a-b7c9-0a1b2c3d4e5f\"]}";

    @Inject
    RectificationTestSupport support;

    @Inject
    RectificationService orders;

    @Inject
    InspectionOutcomes inspections;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(
                RectificationTestSupport.department("CGJ", "区城管局"),
                RectificationTestSupport.department("SCJGJ", "区市场监管局"));
    }

    @Test
    void theUnitFixesItTheOfficeVerifiesItAndARelapseOpensANewEpisodeOneRungUp() throws Exception {
        String cgj = KeycloakTokens.forUser("cgj1");
        String office = KeycloakTokens.forUser("office1");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-4.1";
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.RECTIFICATIONS))) {
            support.publishItemFailed(RectificationTestSupport.itemFailed(pointId, "CGJ", "S-4.1", Severity.GENERAL));
            RectificationOrder order = support.awaitOrder(pointId, "S-4.1", o -> true);
            String path = "/rectifications/" + order.id();

            // illegal: submitting before signing for it; nothing changes
            given().auth()
                    .oauth2(cgj)
                    .contentType("application/json")
                    .body(SUBMISSION)
                    .post(path + "/submit")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(cgj)
                    .post(path + "/acknowledge")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("ACKNOWLEDGED"))
                    .body("statusName", equalTo("已签收"));
            given().auth()
                    .oauth2(cgj)
                    .contentType("application/json")
                    .body("{\"description\":\" \",\"evidenceIds\":[]}")
                    .post(path + "/submit")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("description"))
                    .body("errors.field", hasItem("evidenceIds"));
            // an id that no upload ever answered, and a boolean where an id belongs
            for (String ids : List.of("[\"0\"]", "[false]")) {
                given().auth()
                        .oauth2(cgj)
                        .contentType("application/json")
                        .body("{\"description\":\"积水已清理\",\"evidenceIds\":" + ids + "}")
                        .post(path + "/submit")
                        .then()
                        .statusCode(400)
                        .body("errors[0].field", equalTo("evidenceIds[0]"));
            }
            assertEquals(
                    RectificationStatus.ACKNOWLEDGED, support.reload(order.id()).status());
            clock.advance(Duration.ofHours(3));
            given().auth()
                    .oauth2(cgj)
                    .contentType("application/json")
                    .body(SUBMISSION)
                    .post(path + "/submit")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("VERIFYING"));
            // the submission requested the re-inspection already; only the office may ask again, which changes
            // nothing
            given().auth()
                    .oauth2(cgj)
                    .post(path + "/request-verification")
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(office)
                    .post(path + "/request-verification")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("VERIFYING"))
                    .body("statusName", equalTo("待复查"));

            clock.advance(Duration.ofDays(1));
            support.publish(
                    EventCatalog.REINSPECTION_PASSED,
                    pointId,
                    new ReinspectionPassed(
                            order.id(),
                            "INS-R1",
                            RectificationTestSupport.point(pointId, "CGJ"),
                            "S-4.1",
                            "inspector1",
                            OffsetDateTime.now()));
            RectificationOrder closed =
                    support.awaitOrder(pointId, "S-4.1", o -> o.status() == RectificationStatus.CLOSED);
            assertEquals(Boolean.TRUE, closed.onTime());

            // a closed order cannot be submitted: 409, and nothing changes
            given().auth()
                    .oauth2(cgj)
                    .contentType("application/json")
                    .body(SUBMISSION)
                    .post(path + "/submit")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("status", equalTo(409));
            assertEquals(closed.version(), support.reload(order.id()).version());

            given().auth()
                    .oauth2(cgj)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("CLOSED"))
                    .body("statusName", equalTo("已销号"))
                    .body(
                            "history.action",
                            equalTo(List.of(
                                    "OPENED", "ACKNOWLEDGED", "SUBMITTED", "VERIFICATION_REQUESTED", "CLOSED")));

            List<ConsumerRecord<String, String>> events =
                    kafka.await(KafkaEvents.withKey(key), 5, Duration.ofSeconds(30));
            assertEquals(
                    List.of(
                            EventCatalog.RECTIFICATION_OPENED.name(),
                            EventCatalog.RECTIFICATION_ACKNOWLEDGED.name(),
                            EventCatalog.RECTIFICATION_SUBMITTED.name(),
                            EventCatalog.VERIFICATION_REQUESTED.name(),
                            EventCatalog.RECTIFICATION_CLOSED.name()),
                    events.stream()
                            .map(r -> KafkaEvents.header(r, CloudEvents.HEADER_TYPE))
                            .toList());
            RectificationClosed closedEvent = json.readValue(events.get(4).value(), RectificationClosed.class);
            assertTrue(closedEvent.onTime());
            assertEquals("inspector1", closedEvent.verifiedBy());
            assertEquals(gov.chuangcheng.events.rectification.Closure.REINSPECTION, closedEvent.closure());

            // the same point × standard fails again 10 days later: a relapse (反弹), one rung up
            clock.advance(Duration.ofDays(10));
            support.publishItemFailed(RectificationTestSupport.itemFailed(pointId, "CGJ", "S-4.1", Severity.GENERAL));
            RectificationOrder relapse = support.awaitOrder(pointId, "S-4.1", o -> o.relapse());
            assertNotEquals(order.id(), relapse.id());
            assertNotEquals(order.number(), relapse.number());
            assertEquals(order.id(), relapse.relapseOf());
            assertEquals(EscalationLevel.REMINDER, relapse.level());
            assertEquals(RectificationStatus.OPEN, relapse.status());
            List<JsonNode> escalated = support.outbox(key, EventCatalog.RECTIFICATION_ESCALATED);
            assertEquals(1, escalated.size());
            assertEquals("RELAPSE", escalated.get(0).get("reason").asText());
            assertEquals(relapse.id(), escalated.get(0).get("order").get("id").asText());
        }
    }

    @Test
    void aFailureLongAfterTheEpisodeClosedIsANewEpisodeAtTheBottom() {
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder first = support.fail(pointId, "CGJ", "S-4.2", Severity.GENERAL);
        driveToVerifying(first.id());
        inspections.onReinspectionPassed(new ReinspectionPassed(
                first.id(),
                "INS-1",
                RectificationTestSupport.point(pointId, "CGJ"),
                "S-4.2",
                "inspector1",
                OffsetDateTime.now()));
        clock.advance(Duration.ofDays(31));
        RectificationOrder second = support.fail(pointId, "CGJ", "S-4.2", Severity.GENERAL);
        assertNotEquals(first.id(), second.id());
        assertEquals(false, second.relapse());
        assertEquals(EscalationLevel.NONE, second.level());
    }

    @Test
    void aFailedReinspectionSendsTheOrderBackWithoutARungAndOnlyTheOfficesHandDeducts() throws Exception {
        String unit = RectificationTestSupport.unique("U");
        support.ensureUnits(RectificationTestSupport.department(unit, "测试单位"));
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = support.fail(pointId, unit, "S-5.1", Severity.SERIOUS);
        driveToVerifying(order.id());
        clock.advance(Duration.ofDays(2));
        try (KafkaEvents assessment = new KafkaEvents(topics.of(Topic.ASSESSMENT))) {
            support.publish(
                    EventCatalog.REINSPECTION_FAILED,
                    pointId,
                    new ReinspectionFailed(
                            order.id(),
                            "INS-R2",
                            RectificationTestSupport.point(pointId, unit),
                            "S-5.1",
                            BigDecimal.ZERO,
                            BigDecimal.ONE,
                            "仍有积水",
                            List.of("re-photo"),
                            "inspector1",
                            OffsetDateTime.now()));
            RectificationOrder back = support.awaitOrder(pointId, "S-5.1", o -> o.failures() == 2);
            assertEquals(RectificationStatus.OPEN, back.status());
            assertEquals(EscalationLevel.NONE, back.level(), "a failed verification adds no rung");
            assertEquals(1, back.reinspectionFailures(), "返工 counts");
            assertTrue(back.deadline().isAfter(clock.instant()), "a new deadline from now");
            assertTrue(back.evidenceIds().contains("re-photo"));
            assertEquals(List.of(), support.outbox(pointId + ":S-5.1", EventCatalog.RECTIFICATION_ESCALATED));
            assertEquals(0L, support.ledgerEntriesOf(order.id()), "rework alone costs no points");

            support.escalateTo(order.id(), EscalationLevel.NOTICE);
            List<JsonNode> escalated = support.outbox(pointId + ":S-5.1", EventCatalog.RECTIFICATION_ESCALATED);
            assertEquals(
                    List.of("REMINDER", "SUPERVISION", "NOTICE"),
                    escalated.stream().map(e -> e.get("level").asText()).toList());
            assertTrue(escalated.stream().allMatch(e -> e.get("reason").asText().equals("MANUAL")));

            List<ConsumerRecord<String, String>> entries =
                    assessment.await(KafkaEvents.withKey(unit), 3, Duration.ofSeconds(30));
            LedgerEntryRecorded last = json.readValue(entries.get(2).value(), LedgerEntryRecorded.class);
            assertEquals(0, new BigDecimal("-2").compareTo(last.points()));
            assertEquals(0, new BigDecimal("98").compareTo(last.newScore()));
            assertEquals(order.number(), last.orderNumber());
            assertEquals(EscalationLevel.NOTICE, last.level());
        }
        given().auth()
                .oauth2(KeycloakTokens.forUser("office1"))
                .get("/ledger/units/" + unit)
                .then()
                .statusCode(200)
                .body("score", equalTo(98.0f))
                .body("entries[0].levelName", equalTo("通报"))
                .body("entries[0].points", equalTo(-2.0f));
        // nobody else's department reads it
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .get("/ledger/units/" + unit)
                .then()
                .statusCode(404);
    }

    @Test
    void aDepartmentSeesAndActsOnItsOwnOrdersOnlyWithRealTokens() {
        String cgjPoint = RectificationTestSupport.unique("P");
        String scjgjPoint = RectificationTestSupport.unique("P");
        RectificationOrder mine = support.fail(cgjPoint, "CGJ", "S-6.1", Severity.GENERAL);
        RectificationOrder theirs = support.fail(scjgjPoint, "SCJGJ", "S-6.1", Severity.GENERAL);
        String cgj = KeycloakTokens.forUser("cgj1");

        given().auth()
                .oauth2(cgj)
                .queryParam("size", 500)
                .get("/rectifications")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(mine.id()))
                .body("items.id", not(hasItem(theirs.id())));
        given().auth()
                .oauth2(cgj)
                .queryParam("unit", "SCJGJ")
                .get("/rectifications")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(cgj)
                .get("/rectifications/" + mine.id())
                .then()
                .statusCode(200)
                .body("unitName", equalTo("区城管局"))
                .body("history[0].action", equalTo("OPENED"));
        given().auth()
                .oauth2(cgj)
                .get("/rectifications/" + theirs.id())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(cgj)
                .post("/rectifications/" + theirs.id() + "/acknowledge")
                .then()
                .statusCode(404);
        assertEquals(RectificationStatus.OPEN, support.reload(theirs.id()).status());

        given().auth()
                .oauth2(KeycloakTokens.forUser("scjgj1"))
                .get("/rectifications/" + theirs.id())
                .then()
                .statusCode(200);
        String leader = KeycloakTokens.forUser("leader1");
        given().auth()
                .oauth2(leader)
                .get("/rectifications/" + theirs.id())
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(leader)
                .queryParam("unit", "CGJ")
                .queryParam("status", "OPEN")
                .queryParam("size", 500)
                .get("/rectifications")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(mine.id()));
        given().auth()
                .oauth2(leader)
                .post("/rectifications/" + mine.id() + "/acknowledge")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(leader)
                .queryParam("status", "DONE")
                .get("/rectifications")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("status"));
        given().get("/rectifications/" + mine.id()).then().statusCode(401);

        // the CSV export applies the same scope
        String csv = given().auth()
                .oauth2(cgj)
                .queryParam("unit", "CGJ")
                .get("/rectifications/export")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract()
                .asString();
        assertTrue(csv.contains(mine.number()), csv);
        assertTrue(!csv.contains(theirs.number()), "another unit's order is not exported");
        String all = given().auth()
                .oauth2(leader)
                .get("/rectifications/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(all.contains(mine.number()) && all.contains(theirs.number()));
        given().auth()
                .oauth2(cgj)
                .queryParam("status", "DONE")
                .get("/rectifications/export")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private void driveToVerifying(String id) {
        orders.acknowledge(id, UnitScope.all(), "tester");
        orders.submit(id, UnitScope.all(), "tester", "done", List.of("e-1"));
        orders.requestVerification(id, UnitScope.all(), "office1");
    }
}
