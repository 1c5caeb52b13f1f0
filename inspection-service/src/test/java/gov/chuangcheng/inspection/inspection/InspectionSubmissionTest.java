package gov.chuangcheng.inspection.inspection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Submissions with real tokens (office sets up, inspector submits, departments read) and events on the broker. */
@QuarkusTest
class InspectionSubmissionTest {

    private static final double LAT = 30.2741;
    private static final double LON = 120.1551;

    @Inject
    Fixtures fixtures;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    private String office;
    private String inspector;
    private String general;
    private String serious;
    private String critical;
    private int checklistVersion;
    private String photo1;
    private String photo2;
    private String photo3;

    /** A market checklist of three items (max 10 each; thresholds 6/6/8; the point needs 24) on fresh standards. */
    @BeforeEach
    void checklist() {
        office = KeycloakTokens.forUser("office1");
        inspector = KeycloakTokens.forUser("inspector1");
        photo1 = Fixtures.photo(inspector);
        photo2 = Fixtures.photo(inspector);
        photo3 = Fixtures.photo(inspector);
        fixtures.seedUnits();
        general = Fixtures.unique("S");
        serious = Fixtures.unique("S");
        critical = Fixtures.unique("S");
        fixtures.standards(
                Fixtures.standard(general, "公益广告", "FARMERS_MARKET"),
                Fixtures.standard(serious, "公平秤", "FARMERS_MARKET"),
                Fixtures.standard(critical, "生熟分区", "FARMERS_MARKET"));
        checklistVersion = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"passThreshold":24,"items":[
                         {"code":"M1","standardCode":"%s","checkText":"公益广告不少于5处","maxScore":10,"passThreshold":6,"severity":"GENERAL"},
                         {"code":"M2","standardCode":"%s","checkText":"设置公平秤","maxScore":10,"passThreshold":6,"severity":"SERIOUS"},
                         {"code":"M3","standardCode":"%s","checkText":"生熟分区经营","maxScore":10,"passThreshold":8,"severity":"CRITICAL"}]}
                        """.formatted(general, serious, critical))
                .post("/checklists/FARMERS_MARKET/versions")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
    }

    private String point(String unit) {
        String code = Fixtures.unique("MKT");
        return given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"code":"%s","name":"城关农贸市场%s","type":"FARMERS_MARKET","address":"城关街道解放路8号",
                         "street":"JD01","latitude":%s,"longitude":%s,"crs":"WGS84","responsibleUnitCode":"%s"}
                        """.formatted(code, code, LAT, LON, unit))
                .post("/points")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private String codeOf(String pointId) {
        return given().auth()
                .oauth2(office)
                .queryParam("size", 500)
                .get("/points")
                .then()
                .extract()
                .path("items.find { it.id == '" + pointId + "' }.code");
    }

    private String submission(String pointCode, String m1, String m2, String m3, double lat) {
        return """
                {"pointCode":"%s","inspectedAt":"%s","latitude":%s,"longitude":%s,"checklistVersion":%d,
                 "remarks":"早市检查","items":[
                  {"itemCode":"M1","score":%s,"remark":"仅3处公益广告","evidenceIds":["%s","%s"]},
                  {"itemCode":"M2","score":%s},
                  {"itemCode":"M3","score":%s,"remark":"生熟混放","evidenceIds":["%s"]}]}
                """.formatted(
                        pointCode,
                        OffsetDateTime.of(2026, 11, 25, 8, 30, 0, 0, ZoneOffset.ofHours(8)),
                        lat,
                        LON,
                        checklistVersion,
                        m1,
                        photo1,
                        photo2,
                        m2,
                        m3,
                        photo3);
    }

    private static Predicate<ConsumerRecord<String, String>> ofType(String pointId, String type) {
        return r -> pointId.equals(r.key()) && type.equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE));
    }

    @Test
    void aFailedCriticalItemPublishesCompletedAndOneItemFailedPerFailedItemOnce() throws Exception {
        String pointId = point("CGJ");
        String pointCode = codeOf(pointId);
        String key = UUID.randomUUID().toString();
        String body = submission(pointCode, "4", "10", "5", LAT);
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            Response first = given().auth()
                    .oauth2(inspector)
                    .header("Idempotency-Key", key)
                    .contentType("application/json")
                    .body(body)
                    .post("/inspections");
            first.then()
                    .statusCode(201)
                    .contentType("application/json")
                    .body("passed", equalTo(false))
                    .body("result", equalTo("不合格"))
                    .body("totalScore", equalTo(19.0f))
                    .body("maxScore", equalTo(30.0f))
                    .body("farFromPoint", equalTo(false))
                    .body("items.passed", contains(false, true, false));
            String inspectionId = first.path("id");

            kafka.await(ofType(pointId, "cc.inspection.completed.v1"), 1, Duration.ofSeconds(30));
            kafka.await(ofType(pointId, "cc.inspection.item-failed.v1"), 2, Duration.ofSeconds(30));

            // the mobile client retries: same key, same body → the same inspection, nothing new
            given().auth()
                    .oauth2(inspector)
                    .header("Idempotency-Key", key)
                    .contentType("application/json")
                    .body(body)
                    .post("/inspections")
                    .then()
                    .statusCode(201)
                    .header("Idempotent-Replayed", "true")
                    .body("id", equalTo(inspectionId));
            // the same key for a different submission is refused
            given().auth()
                    .oauth2(inspector)
                    .header("Idempotency-Key", key)
                    .contentType("application/json")
                    .body(submission(pointCode, "9", "10", "9", LAT))
                    .post("/inspections")
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(office)
                    .queryParam("point", pointCode)
                    .get("/inspections")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].id", equalTo(inspectionId));

            List<ConsumerRecord<String, String>> all = kafka.drain(Duration.ofSeconds(3));
            List<ConsumerRecord<String, String>> completed = all.stream()
                    .filter(ofType(pointId, "cc.inspection.completed.v1"))
                    .toList();
            List<ConsumerRecord<String, String>> failed = all.stream()
                    .filter(ofType(pointId, "cc.inspection.item-failed.v1"))
                    .toList();
            assertEquals(1, completed.size(), "exactly one completed event");
            assertEquals(2, failed.size(), "one item-failed event per failed item");

            assertEquals(
                    CloudEvents.SOURCE_INSPECTION, KafkaEvents.header(completed.get(0), CloudEvents.HEADER_SOURCE));
            InspectionCompleted c = json.readValue(completed.get(0).value(), InspectionCompleted.class);
            assertEquals(inspectionId, c.inspectionId());
            assertEquals(pointId, c.point().id());
            assertEquals(pointCode, c.point().code());
            assertEquals("城关农贸市场" + pointCode, c.point().name());
            assertEquals("FARMERS_MARKET", c.point().type());
            assertEquals("CGJ", c.point().responsibleUnitCode());
            assertEquals("区城管局", c.point().responsibleUnitName());
            assertEquals("inspector1", c.inspector());
            assertEquals(
                    OffsetDateTime.parse("2026-11-25T00:30:00Z").toInstant(),
                    c.inspectedAt().toInstant());
            assertEquals(0, new BigDecimal("19").compareTo(c.totalScore()));
            assertEquals(0, new BigDecimal("30").compareTo(c.maxScore()));
            assertFalse(c.farFromPoint());
            assertEquals(0, c.distanceMeters());
            assertFalse(c.passed());
            assertNull(c.reinspectionOfOrderId());
            assertEquals(
                    List.of("M1", "M2", "M3"),
                    c.items().stream().map(i -> i.itemCode()).toList());
            assertEquals(
                    List.of(false, true, false),
                    c.items().stream().map(i -> i.passed()).toList());
            assertEquals(
                    List.of(general, serious, critical),
                    c.items().stream().map(i -> i.standardCode()).toList());
            assertEquals(Severity.CRITICAL, c.items().get(2).severity());

            List<ItemFailed> items = failed.stream().map(r -> read(r.value())).toList();
            ItemFailed m3 = items.stream()
                    .filter(i -> i.itemCode().equals("M3"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(inspectionId, m3.inspectionId());
            assertEquals(pointId, m3.point().id());
            assertEquals("区城管局", m3.point().responsibleUnitName());
            assertEquals(critical, m3.standardCode());
            assertEquals("生熟分区", m3.standardName());
            assertEquals("生熟分区经营", m3.checkText());
            assertEquals(Severity.CRITICAL, m3.severity());
            assertEquals(0, new BigDecimal("5").compareTo(m3.score()));
            assertEquals(0, new BigDecimal("10").compareTo(m3.maxScore()));
            assertEquals("生熟混放", m3.remark());
            assertEquals(List.of(photo3), m3.evidenceIds());
            assertEquals("inspector1", m3.inspector());
            ItemFailed m1 = items.stream()
                    .filter(i -> i.itemCode().equals("M1"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(Severity.GENERAL, m1.severity());
            assertEquals(List.of(photo1, photo2), m1.evidenceIds());
            assertEquals("公益广告", m1.standardName());
        }
    }

    private ItemFailed read(String value) {
        try {
            return json.readValue(value, ItemFailed.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aPassingInspectionFarFromThePointIsFlaggedAndPublishesNoItemFailed() throws Exception {
        String pointId = point("SCJGJ");
        String pointCode = codeOf(pointId);
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            // 0.0030° of latitude ≈ 334 m from the point: over the default 200 m
            given().auth()
                    .oauth2(inspector)
                    .contentType("application/json")
                    .body(submission(pointCode, "8", "9", "10", LAT + 0.0030))
                    .post("/inspections")
                    .then()
                    .statusCode(201)
                    .body("passed", equalTo(true))
                    .body("farFromPoint", equalTo(true))
                    .body("distanceMeters", equalTo(334));
            InspectionCompleted c = json.readValue(
                    kafka.await(ofType(pointId, "cc.inspection.completed.v1"), 1, Duration.ofSeconds(30))
                            .get(0)
                            .value(),
                    InspectionCompleted.class);
            // the flag travels with the event, so that the office's dashboards can question the visit
            assertTrue(c.farFromPoint());
            assertEquals(334, c.distanceMeters());
            List<ConsumerRecord<String, String>> all = kafka.drain(Duration.ofSeconds(2));
            assertTrue(all.stream().noneMatch(ofType(pointId, "cc.inspection.item-failed.v1")));
        }
    }

    @Test
    void badSubmissionsAreRejectedAndStoreAndPublishNothing() {
        String pointId = point("CGJ");
        String pointCode = codeOf(pointId);
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            given().auth()
                    .oauth2(inspector)
                    .contentType("application/json")
                    .body(submission(pointCode, "4", "10", "5", LAT).replace("\"M2\"", "\"NO-SUCH-ITEM\""))
                    .post("/inspections")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("items[1].itemCode"));
            given().auth()
                    .oauth2(inspector)
                    .contentType("application/json")
                    .body(submission(pointCode, "4", "10.5", "5", LAT))
                    .post("/inspections")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("items[1].score"));
            given().auth()
                    .oauth2(inspector)
                    .contentType("application/json")
                    .body(submission(pointCode, "4", "-1", "5", LAT))
                    .post("/inspections")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("items[1].score"));
            given().auth()
                    .oauth2(inspector)
                    .contentType("application/json")
                    .body(submission(pointCode, "4", "10", "5", LAT)
                            .replace(",\n  {\"itemCode\":\"M2\",\"score\":10}", ""))
                    .post("/inspections")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("items"));
            given().auth()
                    .oauth2(inspector)
                    .contentType("application/json")
                    .body(submission("NO-SUCH-POINT", "4", "10", "5", LAT))
                    .post("/inspections")
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("pointCode"));
            // only inspectors submit
            given().auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body(submission(pointCode, "4", "10", "5", LAT))
                    .post("/inspections")
                    .then()
                    .statusCode(403);

            given().auth()
                    .oauth2(office)
                    .queryParam("point", pointCode)
                    .get("/inspections")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(0));
            List<ConsumerRecord<String, String>> all = kafka.drain(Duration.ofSeconds(3));
            assertTrue(all.stream().noneMatch(r -> pointId.equals(r.key())), "no event for rejected submissions");
        }
    }

    @Test
    void departmentsSeeInspectionsOfTheirOwnAndSubordinateUnitsPointsOnly() {
        String cgjPoint = codeOf(point("CGJ"));
        String scjgjPoint = codeOf(point("SCJGJ"));
        String communityPoint = codeOf(point("SQ0101"));
        String cgjInspection = submit(cgjPoint);
        String scjgjInspection = submit(scjgjPoint);
        String communityInspection = submit(communityPoint);

        String cgj = KeycloakTokens.forUser("cgj1");
        given().auth()
                .oauth2(cgj)
                .get("/inspections/" + cgjInspection)
                .then()
                .statusCode(200)
                .body("pointCode", equalTo(cgjPoint));
        given().auth()
                .oauth2(cgj)
                .get("/inspections/" + scjgjInspection)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(cgj)
                .queryParam("size", 500)
                .get("/inspections")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(cgjInspection))
                .body("items.id", not(hasItem(scjgjInspection)))
                .body("items.responsibleUnitCode", not(hasItem("SCJGJ")));
        given().auth()
                .oauth2(cgj)
                .queryParam("point", scjgjPoint)
                .get("/inspections")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        // the same scope applies to the points themselves
        given().auth().oauth2(cgj).get("/points/" + cgjPoint).then().statusCode(200);
        given().auth().oauth2(cgj).get("/points/" + scjgjPoint).then().statusCode(404);
        given().auth()
                .oauth2(cgj)
                .queryParam("size", 500)
                .get("/points")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(cgjPoint))
                .body("items.code", not(hasItem(scjgjPoint)));

        String scjgj = KeycloakTokens.forUser("scjgj1");
        given().auth()
                .oauth2(scjgj)
                .get("/inspections/" + scjgjInspection)
                .then()
                .statusCode(200);
        given().auth().oauth2(scjgj).get("/inspections/" + cgjInspection).then().statusCode(404);

        // a 街道 sees its 社区's points' inspections
        String jd01 = KeycloakTokens.forUser("jd01");
        given().auth()
                .oauth2(jd01)
                .get("/inspections/" + communityInspection)
                .then()
                .statusCode(200);
        given().auth().oauth2(jd01).get("/inspections/" + cgjInspection).then().statusCode(404);

        // the photos of an inspection are seen by those who see the inspection
        String cgjPhoto = Fixtures.photo(inspector);
        given().auth()
                .oauth2(inspector)
                .contentType("application/json")
                .body(submission(cgjPoint, "8", "9", "10", LAT).replace(photo3, cgjPhoto))
                .post("/inspections")
                .then()
                .statusCode(201);
        given().auth().oauth2(cgj).get("/evidence/" + cgjPhoto).then().statusCode(200);
        given().auth()
                .oauth2(cgj)
                .get("/evidence/" + cgjPhoto + "/content")
                .then()
                .statusCode(200)
                .contentType("image/png");
        given().auth().oauth2(scjgj).get("/evidence/" + cgjPhoto).then().statusCode(404);
        given().auth()
                .oauth2(jd01)
                .get("/evidence/" + cgjPhoto + "/content")
                .then()
                .statusCode(404);

        String leader = KeycloakTokens.forUser("leader1");
        given().auth()
                .oauth2(leader)
                .get("/inspections/" + scjgjInspection)
                .then()
                .statusCode(200);
        given().get("/inspections").then().statusCode(401);
    }

    private String submit(String pointCode) {
        return given().auth()
                .oauth2(inspector)
                .contentType("application/json")
                .body(submission(pointCode, "8", "9", "10", LAT))
                .post("/inspections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
