package gov.chuangcheng.inspection.open311;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationEvidenceAdded;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Open311 GeoReport v2 intake with real client tokens: a form-encoded report in, routed to the nearest point,
 * {@code cc.problem.reported.v1} out on the real broker, and the answer follows the rectification order.
 */
@QuarkusTest
class Open311IntakeTest {

    private static final double LAT = 30.2500;
    private static final double LON = 120.1700;

    @Inject
    Fixtures fixtures;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    private String hotline;
    private String office;
    private String itemCode;
    private String standard;

    @BeforeEach
    void checklistAndPoints() {
        hotline = KeycloakTokens.forClient("hotline-12345", "hotline-12345-secret");
        office = KeycloakTokens.forUser("office1");
        fixtures.seedUnits();
        standard = Fixtures.unique("S");
        String other = Fixtures.unique("S");
        fixtures.standards(
                Fixtures.standard(standard, "生熟分区", "FARMERS_MARKET"),
                Fixtures.standard(other, "公平秤", "FARMERS_MARKET"));
        itemCode = Fixtures.unique("NM");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"passThreshold":10,"items":[
                         {"code":"%s","standardCode":"%s","checkText":"生熟分区经营","maxScore":10,"passThreshold":8,"severity":"CRITICAL"},
                         {"code":"%s","standardCode":"%s","checkText":"设置公平秤","maxScore":10,"passThreshold":6,"severity":"SERIOUS"}]}
                        """.formatted(itemCode, standard, Fixtures.unique("NM"), other))
                .post("/checklists/FARMERS_MARKET/versions")
                .then()
                .statusCode(201);
    }

    private String point(String unit, double lat, double lon) {
        String code = Fixtures.unique("MKT");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"code":"%s","name":"湖滨农贸市场%s","type":"FARMERS_MARKET","address":"湖滨路%s号",
                         "street":"JD01","latitude":%s,"longitude":%s,"crs":"WGS84","responsibleUnitCode":"%s"}
                        """.formatted(code, code, code, lat, lon, unit))
                .post("/points")
                .then()
                .statusCode(201);
        return code;
    }

    @Test
    void aReportIsRoutedToTheNearestPointPublishedOnceAndFollowsItsOrder() throws Exception {
        String near = point("SCJGJ", LAT, LON);
        point("CGJ", LAT + 0.004, LON); // ~445 m away: not the nearest
        String nearId = given().auth()
                .oauth2(office)
                .get("/points/" + near)
                .then()
                .extract()
                .path("id");

        given().auth()
                .oauth2(hotline)
                .get("/open311/v2/services.json")
                .then()
                .statusCode(200)
                .body("find { it.service_code == '" + itemCode + "' }.service_name", equalTo("生熟分区经营"))
                .body("find { it.service_code == '" + itemCode + "' }.group", equalTo("农贸市场"))
                .body("find { it.service_code == '" + itemCode + "' }.metadata", equalTo(false));

        String requestId;
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            requestId = given().auth()
                    .oauth2(hotline)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("service_code", itemCode)
                    .formParam("lat", String.valueOf(LAT + 0.0003))
                    .formParam("long", String.valueOf(LON))
                    .formParam("description", "市场内生肉熟食混放")
                    .formParam("media_url", "https://12345.example.gov.cn/media/1.jpg")
                    .formParam("phone", "13800000000")
                    .formParam("first_name", "先生")
                    .formParam("last_name", "王")
                    .post("/open311/v2/requests.json")
                    .then()
                    .statusCode(201)
                    .contentType("application/json")
                    .body("$", hasSize(1))
                    .body("[0].service_notice", startsWith("已受理"))
                    .extract()
                    .path("[0].service_request_id");

            ConsumerRecord<String, String> record = kafka.await(
                            r -> nearId.equals(r.key())
                                    && "cc.problem.reported.v1".equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE)),
                            1,
                            Duration.ofSeconds(30))
                    .get(0);
            ProblemReported reported = json.readValue(record.value(), ProblemReported.class);
            assertEquals(requestId, reported.requestId());
            assertEquals("hotline-12345", reported.channel());
            assertEquals(itemCode, reported.serviceCode());
            assertEquals(near, reported.point().code());
            assertEquals("SCJGJ", reported.point().responsibleUnitCode());
            assertEquals(standard, reported.standardCode());
            assertEquals("生熟分区", reported.standardName());
            assertEquals(Severity.CRITICAL, reported.severity());
            assertEquals("市场内生肉熟食混放", reported.description());
            assertEquals(List.of("https://12345.example.gov.cn/media/1.jpg"), reported.mediaUrls());
            // the reporter's personal data stays in this service
            assertTrue(
                    !record.value().contains("13800000000") && !record.value().contains("王先生"));
            List<ConsumerRecord<String, String>> all = kafka.drain(Duration.ofSeconds(2));
            assertEquals(
                    1,
                    all.stream()
                            .filter(r -> nearId.equals(r.key())
                                    && "cc.problem.reported.v1".equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE)))
                            .count(),
                    "published once");
        }
        given().auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + requestId + ".json")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("open"))
                .body("[0].agency_responsible", nullValue())
                .body("[0].address_id", equalTo(near))
                .body("[0].service_code", equalTo(itemCode));

        // accountability-service opens the order: the reporter learns who fixes it and by when
        OffsetDateTime deadline = OffsetDateTime.of(2026, 11, 27, 17, 30, 0, 0, ZoneOffset.ofHours(8));
        OrderRef order = new OrderRef(
                UUID.randomUUID().toString(),
                "ZG-2026-" + requestId.substring(0, 6),
                nearId,
                near,
                "湖滨农贸市场",
                standard,
                "生熟分区",
                "SCJGJ",
                "区市场监管局",
                Severity.CRITICAL,
                deadline,
                EscalationLevel.NONE);
        TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_OPENED,
                order.episodeKey(),
                new RectificationOpened(
                        order,
                        OrderSource.PROBLEM_REPORT,
                        requestId,
                        "市场内生肉熟食混放",
                        List.of(),
                        false,
                        OffsetDateTime.now()),
                json);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(hotline)
                        .get("/open311/v2/requests/" + requestId + ".json")
                        .then()
                        .body("[0].agency_responsible", equalTo("区市场监管局"))
                        .body("[0].expected_datetime", equalTo("2026-11-27T17:30:00+08:00"))
                        .body("[0].status", equalTo("open")));

        // a second report of the same problem shows the open order at once
        String second = given().auth()
                .oauth2(hotline)
                .formParam("service_code", itemCode)
                .formParam("address_id", near)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .extract()
                .path("[0].service_request_id");
        given().auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + second + ".json")
                .then()
                .body("[0].agency_responsible", equalTo("区市场监管局"));
        // accountability-service attaches it to the order (补充线索): from now on it follows that order
        TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_EVIDENCE_ADDED,
                order.episodeKey(),
                new RectificationEvidenceAdded(
                        order,
                        OrderSource.PROBLEM_REPORT,
                        second,
                        null,
                        List.of(),
                        OffsetDateTime.now(),
                        2,
                        false,
                        OffsetDateTime.now()),
                json);

        // 销号 closes both, as fixed (an event of the form before closures carried a reason or a fix)
        TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_CLOSED,
                order.episodeKey(),
                new RectificationClosed(order, "inspector1", true, OffsetDateTime.now(), Closure.REINSPECTION),
                json);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(hotline)
                        .queryParam("service_request_id", requestId + "," + second)
                        .get("/open311/v2/requests.json")
                        .then()
                        .statusCode(200)
                        .body("$", hasSize(2))
                        .body("status", equalTo(List.of("closed", "closed")))
                        .body("status_notes", equalTo(List.of("已整改（复查通过）", "已整改（复查通过）"))));
        given().auth()
                .oauth2(hotline)
                .queryParam("status", "closed")
                .queryParam("service_code", itemCode)
                .get("/open311/v2/requests.json")
                .then()
                .statusCode(200)
                .body("service_request_id", hasItem(requestId));
        // the office sees every channel's requests; another integration client does not see the hotline's
        given().auth()
                .oauth2(office)
                .get("/open311/v2/requests/" + requestId + ".json")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(KeycloakTokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret"))
                .get("/open311/v2/requests/" + requestId + ".json")
                .then()
                .statusCode(404)
                .body("[0].code", equalTo(404));
    }

    @Test
    void aReportFarFromEveryPointAndOutsideEveryGridWaitsForTheOfficesDispatch() throws Exception {
        // no point near there and no grid: once refused, now accepted for the office to dispatch (待派遣)
        double lat = LAT - 5 - Math.random();
        String description = "far from every grid " + UUID.randomUUID();
        String requestId = given().auth()
                .oauth2(hotline)
                .formParam("service_code", itemCode)
                .formParam("lat", String.valueOf(lat))
                .formParam("long", String.valueOf(LON))
                .formParam("description", description)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .body("[0].service_notice", org.hamcrest.Matchers.containsString("待创城办派遣"))
                .extract()
                .path("[0].service_request_id");
        given().auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + requestId + ".json")
                .then()
                .statusCode(200)
                .body("[0].status", equalTo("open"))
                .body("[0].status_notes", equalTo("待创城办派遣"))
                .body("[0].address_id", nullValue());
        String findingId = given().auth()
                .oauth2(office)
                .queryParam("size", 500)
                .get("/findings/pending-dispatch")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString(
                        "items.find { it.channel == 'hotline-12345' && it.description == '" + description + "' }.id");
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            String code = given().auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("{\"unitCode\":\"SCJGJ\"}")
                    .post("/findings/" + findingId + "/dispatch")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("pointCode");
            ConsumerRecord<String, String> record = kafka.await(
                            r -> "cc.problem.reported.v1".equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE))
                                    && r.value().contains(requestId),
                            1,
                            Duration.ofSeconds(30))
                    .get(0);
            ProblemReported reported = json.readValue(record.value(), ProblemReported.class);
            assertEquals(requestId, reported.requestId());
            assertEquals("hotline-12345", reported.channel());
            assertEquals("SCJGJ", reported.point().responsibleUnitCode());
            assertEquals(code, reported.point().code());
            given().auth()
                    .oauth2(hotline)
                    .get("/open311/v2/requests/" + requestId + ".json")
                    .then()
                    .body("[0].address_id", equalTo(code));
        }
    }

    @Test
    void badReportsGetTheSpecsErrorFormatAndPublishNothing() {
        String code = point("CGJ", LAT + 1, LON + 1);
        long before = given().auth()
                .oauth2(office)
                .get("/open311/v2/requests.json")
                .then()
                .extract()
                .jsonPath()
                .getList("$")
                .size();
        Object[][] cases = {
            {"service_code", "NO-SUCH-SERVICE", "lat", String.valueOf(LAT + 1), "service_code"},
            {"service_code", itemCode, "lat", "north", "lat"},
            {"service_code", itemCode, "lat", "95", "lat"},
            {"service_code", itemCode, "address_id", "NO-SUCH-POINT", "address_id"},
            {"service_code", itemCode, "crs", "MARS", "crs"},
            {"service_code", itemCode, "description", "x".repeat(4001), "description"},
            {"service_code", itemCode, "media_url", "javascript:alert(1)", "media_url"},
            {"service_code", itemCode, "address_string", "'; drop table point; --", "address_string"},
        };
        for (Object[] c : cases) {
            var request = given().auth()
                    .oauth2(hotline)
                    .formParam((String) c[0], c[1])
                    .formParam((String) c[2], c[3]);
            if ("lat".equals(c[2])) {
                request = request.formParam("long", String.valueOf(LON + 1));
            } else if (!"address_id".equals(c[2]) && !"address_string".equals(c[2])) {
                request = request.formParam("address_id", code);
            }
            request.post("/open311/v2/requests.json")
                    .then()
                    .statusCode(400)
                    .contentType("application/json")
                    .body("[0].code", equalTo(400))
                    .body("[0].description", startsWith((String) c[4]));
        }
        given().auth()
                .oauth2(hotline)
                .formParam("address_id", code)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .body("[0].description", startsWith("service_code"));
        given().auth()
                .oauth2(hotline)
                .formParam("service_code", itemCode)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .body("[0].description", startsWith("lat"));
        given().auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + UUID.randomUUID() + ".json")
                .then()
                .statusCode(404)
                .body("[0].code", equalTo(404));
        given().auth()
                .oauth2(hotline)
                .queryParam("status", "pending")
                .get("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .body("[0].description", startsWith("status"));
        // only integration clients report; nobody without a token
        given().auth()
                .oauth2(KeycloakTokens.forUser("inspector1"))
                .formParam("service_code", itemCode)
                .formParam("address_id", code)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(403);
        given().formParam("service_code", itemCode)
                .formParam("address_id", code)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(401);
        assertEquals(
                before,
                given().auth()
                        .oauth2(office)
                        .get("/open311/v2/requests.json")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("$")
                        .size(),
                "no bad report was stored");
    }
}
