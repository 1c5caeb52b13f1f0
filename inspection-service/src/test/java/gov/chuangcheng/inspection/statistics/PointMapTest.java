package gov.chuangcheng.inspection.statistics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The GeoJSON map of points in a box of its own, with the latest result and the open problems of each. */
@QuarkusTest
class PointMapTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Test
    void activePointsAsAFeatureCollectionWithLatestResultAndOpenProblems() throws Exception {
        String office = KeycloakTokens.forUser("office1");
        String inspector = KeycloakTokens.forUser("inspector1");
        fixtures.seedUnits();
        String community = Fixtures.unique("SQ");
        String bureau = Fixtures.unique("JU");
        fixtures.units(
                Fixtures.unit(community, "地图一社区" + community, UnitKind.COMMUNITY, "JD01"),
                Fixtures.unit(bureau, "地图局" + bureau, UnitKind.DEPARTMENT, null));
        ReportData.Checklist checklist = ReportData.checklist(fixtures, office, "COMMERCIAL_STREET");
        double[] corner = ReportData.freshArea();
        double lat = corner[0] + 0.01;
        double lon = corner[1] + 0.01;
        String bbox = corner[1] + "," + corner[0] + "," + (corner[1] + 0.04) + "," + (corner[0] + 0.04);
        String a = "MAP-A-" + UUID.randomUUID().toString().substring(0, 6);
        String b = "MAP-B-" + UUID.randomUUID().toString().substring(0, 6);
        String c = "MAP-C-" + UUID.randomUUID().toString().substring(0, 6);
        String aId = ReportData.point(office, a, "COMMERCIAL_STREET", community, "JD01", lat, lon, true);
        ReportData.point(office, b, "INTERNET_CAFE", bureau, null, lat + 0.005, lon + 0.007, true);
        ReportData.point(office, c, "COMMERCIAL_STREET", community, null, lat, lon, false);
        // a failed, then (latest) passed with item A failed; two rectifications wait for a re-inspection, one of A
        LocalDate day = ReportData.freshDay();
        ReportData.inspect(inspector, a, checklist, ReportData.at(day, 9, 0, 0), lat, lon, false, false);
        String latest =
                ReportData.inspect(inspector, a, checklist, ReportData.at(day, 15, 0, 0), lat, lon, false, true);
        requestVerification(aId, a, checklist.standardA(), community);
        requestVerification(aId, a, checklist.standardB(), community);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(inspector)
                        .queryParam("point", a)
                        .queryParam("status", "OPEN")
                        .get("/reinspections")
                        .then()
                        .body("total", equalTo(2)));

        Response response =
                given().auth().oauth2(office).queryParam("bbox", bbox).get("/points.geojson");
        response.then()
                .statusCode(200)
                .contentType("application/geo+json")
                .body("type", equalTo("FeatureCollection"))
                .body("features.id", contains(a, b))
                .body("features.type", contains("Feature", "Feature"))
                .body("features[0].geometry.type", equalTo("Point"));
        JsonNode features = json.readTree(response.asString()).get("features");
        JsonNode first = features.get(0);
        // RFC 7946: [longitude, latitude], WGS-84 as stored
        assertEquals(lon, first.at("/geometry/coordinates/0").asDouble(), 1e-9);
        assertEquals(lat, first.at("/geometry/coordinates/1").asDouble(), 1e-9);
        JsonNode p = first.get("properties");
        assertEquals(a, p.get("code").asText());
        assertEquals("COMMERCIAL_STREET", p.get("type").asText());
        assertEquals("商业大街", p.get("typeName").asText());
        assertEquals(community, p.get("responsibleUnitCode").asText());
        assertEquals("JD01", p.get("street").asText());
        assertEquals(latest, p.at("/latestInspection/id").asText());
        assertTrue(p.at("/latestInspection/passed").asBoolean());
        assertEquals(10, p.at("/latestInspection/totalScore").asInt());
        assertEquals(20, p.at("/latestInspection/maxScore").asInt());
        assertEquals(day + "T07:00:00Z", p.at("/latestInspection/inspectedAt").asText());
        assertEquals(1, p.get("latestFailedItems").asInt());
        assertEquals(2, p.get("openReinspections").asInt());
        // A failed at the latest inspection and waits for a re-inspection: counted once
        assertEquals(2, p.get("openProblemCount").asInt());
        JsonNode never = features.get(1).get("properties");
        assertTrue(
                never.has("latestInspection") && never.get("latestInspection").isNull());
        assertEquals(0, never.get("openProblemCount").asInt());
        assertEquals("网吧", never.get("typeName").asText());

        given().auth()
                .oauth2(office)
                .queryParam("bbox", bbox)
                .queryParam("type", "INTERNET_CAFE")
                .get("/points.geojson")
                .then()
                .statusCode(200)
                .body("features.id", contains(b));
        given().auth()
                .oauth2(office)
                .queryParam("bbox", bbox)
                .queryParam("unit", community)
                .get("/points.geojson")
                .then()
                .statusCode(200)
                .body("features.id", contains(a));
        String small = corner[1] + "," + corner[0] + "," + (lon + 0.001) + "," + (lat + 0.001);
        given().auth()
                .oauth2(office)
                .queryParam("bbox", small)
                .get("/points.geojson")
                .then()
                .statusCode(200)
                .body("features.id", contains(a));
        // scope: the 街道 sees its 社区's point only; inspectors see every point
        given().auth()
                .oauth2(KeycloakTokens.forUser("jd01"))
                .queryParam("bbox", bbox)
                .get("/points.geojson")
                .then()
                .statusCode(200)
                .body("features.id", contains(a));
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .queryParam("bbox", bbox)
                .get("/points.geojson")
                .then()
                .statusCode(200)
                .body("features.size()", equalTo(0));
        given().auth()
                .oauth2(inspector)
                .queryParam("bbox", bbox)
                .get("/points.geojson")
                .then()
                .statusCode(200)
                .body("features.id", contains(a, b));

        given().auth()
                .oauth2(office)
                .queryParam("bbox", "1,2,3")
                .get("/points.geojson")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("bbox"))
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("格式应为 最小经度,最小纬度"));
        given().auth()
                .oauth2(office)
                .queryParam("type", "SPACESHIP")
                .get("/points.geojson")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
        given().get("/points.geojson").then().statusCode(401);
        given().auth()
                .oauth2(KeycloakTokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret"))
                .get("/points.geojson")
                .then()
                .statusCode(403);
    }

    private void requestVerification(String pointId, String pointCode, String standard, String unit) {
        String orderId = UUID.randomUUID().toString();
        OrderRef order = new OrderRef(
                orderId,
                "ZG-2026-" + orderId.substring(0, 6),
                pointId,
                pointCode,
                "地图点位",
                standard,
                "标准",
                unit,
                "地图一社区",
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
}
