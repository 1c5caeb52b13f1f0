package gov.chuangcheng.inspection.reinspection;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ReinspectionFailed;
import gov.chuangcheng.events.inspection.ReinspectionPassed;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Re-inspections: requested on cc.rectifications.v1, submitted as inspections, answered on cc.inspections.v1. */
@QuarkusTest
class ReinspectionTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    private String photo;

    @Test
    void aFailedReinspectionIsReportedAndTheOrderCanBeReinspectedAgainUntilItPasses() throws Exception {
        String office = KeycloakTokens.forUser("office1");
        String inspector = KeycloakTokens.forUser("inspector1");
        photo = Fixtures.photo(inspector);
        fixtures.seedUnits();
        String fence = Fixtures.unique("S");
        String litter = Fixtures.unique("S");
        fixtures.standards(
                Fixtures.standard(fence, "无乱贴乱画", "BACK_STREET"), Fixtures.standard(litter, "无乱堆乱放", "BACK_STREET"));
        int version = given().auth()
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
        String pointCode = Fixtures.unique("BJ");
        String pointId = given().auth()
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

        String orderId = UUID.randomUUID().toString();
        requestVerification(orderId, pointId, pointCode, fence);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(inspector)
                        .get("/reinspections/" + orderId)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("OPEN"))
                        .body("pointCode", equalTo(pointCode)));
        given().auth()
                .oauth2(inspector)
                .queryParam("point", pointCode)
                .queryParam("status", "OPEN")
                .get("/reinspections")
                .then()
                .statusCode(200)
                .body("total", equalTo(1));
        // scope: the 街道 responsible sees it, an unrelated department does not
        given().auth()
                .oauth2(KeycloakTokens.forUser("jd01"))
                .get("/reinspections/" + orderId)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .get("/reinspections/" + orderId)
                .then()
                .statusCode(404);

        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            String failedInspection = given().auth()
                    .oauth2(inspector)
                    .contentType("application/json")
                    .body(submission(pointCode, version, "3", "2", orderId))
                    .post("/inspections")
                    .then()
                    .statusCode(201)
                    .body("reinspectionOrderId", equalTo(orderId))
                    .extract()
                    .path("id");
            given().auth()
                    .oauth2(inspector)
                    .get("/reinspections/" + orderId)
                    .then()
                    .body("status", equalTo("DONE"))
                    .body("inspectionId", equalTo(failedInspection));
            // done: a second re-inspection of the same request is refused
            given().auth()
                    .oauth2(inspector)
                    .contentType("application/json")
                    .body(submission(pointCode, version, "9", "9", orderId))
                    .post("/inspections")
                    .then()
                    .statusCode(409);

            ConsumerRecord<String, String> failed = kafka.await(
                            ofType(pointId, "cc.reinspection.failed.v1"), 1, Duration.ofSeconds(30))
                    .get(0);
            ReinspectionFailed f = json.readValue(failed.value(), ReinspectionFailed.class);
            assertEquals(orderId, f.orderId());
            assertEquals(failedInspection, f.inspectionId());
            assertEquals(fence, f.standardCode());
            assertEquals(pointId, f.point().id());
            assertEquals(0, new BigDecimal("3").compareTo(f.score()));
            assertEquals(0, new BigDecimal("10").compareTo(f.maxScore()));
            assertEquals("仍有小广告", f.remark());
            assertEquals(List.of(photo), f.evidenceIds());
            InspectionCompleted c = json.readValue(
                    kafka.await(ofType(pointId, "cc.inspection.completed.v1"), 1, Duration.ofSeconds(30))
                            .get(0)
                            .value(),
                    InspectionCompleted.class);
            assertEquals(orderId, c.reinspectionOfOrderId());

            // accountability-service asks again after the unit's next submission
            requestVerification(orderId, pointId, pointCode, fence);
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().auth()
                            .oauth2(inspector)
                            .get("/reinspections/" + orderId)
                            .then()
                            .body("status", equalTo("OPEN")));
            String passedInspection = given().auth()
                    .oauth2(inspector)
                    .contentType("application/json")
                    .body(submission(pointCode, version, "8", "2", orderId))
                    .post("/inspections")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            ReinspectionPassed p = json.readValue(
                    kafka.await(ofType(pointId, "cc.reinspection.passed.v1"), 1, Duration.ofSeconds(30))
                            .get(0)
                            .value(),
                    ReinspectionPassed.class);
            assertEquals(orderId, p.orderId());
            assertEquals(passedInspection, p.inspectionId());
            assertEquals(fence, p.standardCode());

            List<ConsumerRecord<String, String>> all = kafka.drain(Duration.ofSeconds(2));
            // the other item each re-inspection scored counts as an ordinary inspection: its failure (B2 at 2/10)
            // opens or attaches to its own episode, once per re-inspection
            assertEquals(
                    2,
                    all.stream()
                            .filter(ofType(pointId, "cc.inspection.item-failed.v1"))
                            .filter(r -> r.value().contains("\"itemCode\":\"B2\""))
                            .count());
            assertEquals(
                    2,
                    all.stream()
                            .filter(ofType(pointId, "cc.inspection.item-failed.v1"))
                            .count());
            assertEquals(
                    1,
                    all.stream()
                            .filter(ofType(pointId, "cc.reinspection.failed.v1"))
                            .count());
            assertEquals(
                    1,
                    all.stream()
                            .filter(ofType(pointId, "cc.reinspection.passed.v1"))
                            .count());
            assertEquals(
                    2,
                    all.stream()
                            .filter(ofType(pointId, "cc.inspection.completed.v1"))
                            .count());
        }

        // an order nobody requested a re-inspection for
        given().auth()
                .oauth2(inspector)
                .contentType("application/json")
                .body(submission(pointCode, version, "8", "8", "NO-SUCH-ORDER"))
                .post("/inspections")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reinspectionOrderId"));
    }

    private void requestVerification(String orderId, String pointId, String pointCode, String standard) {
        OrderRef order = new OrderRef(
                orderId,
                "ZG-2026-" + orderId.substring(0, 6),
                pointId,
                pointCode,
                "文庙巷",
                standard,
                "无乱贴乱画",
                "JD01",
                "城关街道",
                Severity.GENERAL,
                OffsetDateTime.now().plusDays(3),
                EscalationLevel.NONE);
        TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.VERIFICATION_REQUESTED,
                order.episodeKey(),
                new VerificationRequested(order, OffsetDateTime.now().plusDays(2), OffsetDateTime.now()),
                json);
    }

    private String submission(String pointCode, int version, String b1, String b2, String orderId) {
        return """
                {"pointCode":"%s","inspectedAt":"2026-11-25T09:00:00+08:00","latitude":30.27,"longitude":120.15,
                 "checklistVersion":%d,"reinspectionOrderId":"%s","items":[
                  {"itemCode":"B1","score":%s,"remark":"仍有小广告","evidenceIds":["%s"]},
                  {"itemCode":"B2","score":%s}]}
                """.formatted(pointCode, version, orderId, b1, photo, b2);
    }

    private static Predicate<ConsumerRecord<String, String>> ofType(String pointId, String type) {
        return r -> pointId.equals(r.key()) && type.equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE));
    }
}
