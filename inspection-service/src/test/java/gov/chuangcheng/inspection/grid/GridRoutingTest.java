package gov.chuangcheng.inspection.grid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.inspection.point.ChinaCoordinates;
import gov.chuangcheng.inspection.point.LatLon;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Problems found anywhere reach the right unit, through the real PostgreSQL and Kafka: inside a grid off every
 * registered point a temporary point of the grid's unit, reused 10 m away; outside every grid the office's dispatch.
 */
@QuarkusTest
class GridRoutingTest {

    /** One metre north, in degrees of latitude. */
    private static final double M = 1 / 111_195.0;

    @Inject
    Fixtures fixtures;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    private String office;
    private String inspector;
    private String itemCode;
    private String standard;
    private String gridCode;
    /** The grid's centre: a random place in a remote area, so that runs do not meet each other's grids. */
    private double lat;

    private double lon;

    @BeforeEach
    void gridAndChecklist() {
        office = KeycloakTokens.forUser("office1");
        inspector = KeycloakTokens.forUser("inspector1");
        fixtures.seedUnits();
        standard = Fixtures.unique("S");
        fixtures.standards(Fixtures.standard(standard, "背街小巷无垃圾堆积", "BACK_STREET"));
        itemCode = Fixtures.unique("BJ");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"passThreshold":10,"items":[
                         {"code":"%s","standardCode":"%s","checkText":"无垃圾堆积","maxScore":10,"passThreshold":8,"severity":"SERIOUS"}]}
                        """.formatted(itemCode, standard))
                .post("/checklists/BACK_STREET/versions")
                .then()
                .statusCode(201);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        lat = 40 + random.nextDouble() * 4;
        lon = 85 + random.nextDouble() * 10;
        gridCode = Fixtures.unique("WG");
        given().auth()
                .oauth2(office)
                .contentType("application/geo+json; charset=UTF-8")
                .body(collection(feature(gridCode, "GRID", "CGJ", square(lat, lon, 0.005))))
                .post("/grids")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
    }

    static String square(double lat, double lon, double half) {
        return String.format(
                Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
                lon - half,
                lat - half,
                lon + half,
                lat - half,
                lon + half,
                lat + half,
                lon - half,
                lat + half,
                lon - half,
                lat - half);
    }

    static String feature(String code, String kind, String unit, String geometry) {
        return """
                {"type":"Feature","properties":{"code":"%s","name":"网格%s","kind":"%s","responsibleUnitCode":"%s",
                 "coUnitCodes":["JD01"]},"geometry":%s}""".formatted(code, code, kind, unit, geometry);
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private ValidatableResponse find(double latitude, double longitude, int status) {
        return given().auth()
                .oauth2(inspector)
                .contentType("application/json")
                .body("""
                        {"latitude":%s,"longitude":%s,"itemCode":"%s","description":"路边垃圾堆积"}
                        """.formatted(latitude, longitude, itemCode))
                .post("/findings")
                .then()
                .statusCode(status);
    }

    private ProblemReported reported(KafkaEvents kafka, String pointId) throws Exception {
        ConsumerRecord<String, String> record = kafka.await(
                        r -> pointId.equals(r.key())
                                && "cc.problem.reported.v1".equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE)),
                        1,
                        Duration.ofSeconds(30))
                .get(0);
        return json.readValue(record.value(), ProblemReported.class);
    }

    private String pointId(String code) {
        return given().auth()
                .oauth2(office)
                .get("/points/" + code)
                .then()
                .extract()
                .path("id");
    }

    @Test
    void anOffPointFindingInAGridGoesToTheGridsUnitAndTenMetresAwayToTheSameTemporaryPoint() throws Exception {
        given().auth()
                .oauth2(inspector)
                .queryParam("lat", lat)
                .queryParam("lon", lon)
                .get("/grids/containing")
                .then()
                .statusCode(200)
                .body("[0].code", equalTo(gridCode))
                .body("[0].kindName", equalTo("网格"));

        String first;
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            first = find(lat, lon, 201)
                    .body("temporaryPoint", equalTo(true))
                    .body("gridCode", equalTo(gridCode))
                    .body("unitCode", equalTo("CGJ"))
                    .body("pointCode", startsWith("TMP-" + gridCode + "-"))
                    .extract()
                    .path("pointCode");
            String id = pointId(first);
            ProblemReported problem = reported(kafka, id);
            assertEquals("inspection", problem.channel());
            assertEquals("CGJ", problem.point().responsibleUnitCode());
            assertEquals("区城管局", problem.point().responsibleUnitName());
            assertEquals(first, problem.point().code());
            assertEquals(standard, problem.standardCode());
            assertEquals(itemCode, problem.serviceCode());

            // a second report 10 m away joins the same temporary point, so the same episode
            find(lat + 10 * M, lon, 201).body("pointCode", equalTo(first));
            kafka.await(
                    r -> id.equals(r.key())
                            && "cc.problem.reported.v1".equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE)),
                    1,
                    Duration.ofSeconds(30));
        }
        // 40 m away is beyond the reuse distance: a second temporary point
        String third = find(lat + 40 * M, lon, 201).extract().path("pointCode");
        assertNotEquals(first, third);

        // the point shows what it is, on the map too, and the office may register it keeping its id
        String id = pointId(first);
        given().auth()
                .oauth2(office)
                .get("/points/" + first)
                .then()
                .body("temporary", equalTo(true))
                .body("registration", equalTo("临时点位"))
                .body("responsibleUnitCode", equalTo("CGJ"))
                .body("coUnitCodes", hasItem("JD01"));
        given().auth()
                .oauth2(office)
                .queryParam("bbox", (lon - 0.01) + "," + (lat - 0.01) + "," + (lon + 0.01) + "," + (lat + 0.01))
                .get("/points.geojson")
                .then()
                .statusCode(200)
                .body("features.find { it.id == '" + first + "' }.properties.registration", equalTo("临时点位"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"name\":\"幸福巷\",\"address\":\"幸福巷1号\"}")
                .post("/points/" + first + "/promotion")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("temporary", equalTo(false))
                .body("registration", equalTo("登记点位"))
                .body("name", equalTo("幸福巷"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"name\":\"幸福巷\",\"address\":\"幸福巷1号\"}")
                .post("/points/" + first + "/promotion")
                .then()
                .statusCode(409);
        // now registered, it takes findings within 50 m as any registered point does
        find(lat + 45 * M, lon, 201).body("pointCode", equalTo(first)).body("temporaryPoint", equalTo(false));
    }

    @Test
    void aHotlineReportInBaiduCoordinatesIsRoutedIntoTheGrid() {
        LatLon gcj = ChinaCoordinates.wgs84ToGcj02(lat, lon);
        LatLon bd = ChinaCoordinates.gcj02ToBd09(gcj.lat(), gcj.lon());
        given().auth()
                .oauth2(KeycloakTokens.forClient("hotline-12345", "hotline-12345-secret"))
                .formParam("service_code", itemCode)
                .formParam("lat", String.valueOf(bd.lat()))
                .formParam("long", String.valueOf(bd.lon()))
                .formParam("crs", "BD09")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .body("[0].service_notice", containsString("临时点位"));
        given().auth()
                .oauth2(KeycloakTokens.forClient("hotline-12345", "hotline-12345-secret"))
                .formParam("service_code", itemCode)
                .formParam("lat", String.valueOf(lat))
                .formParam("long", String.valueOf(lon))
                .formParam("crs", "MARS")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .body("[0].description", startsWith("crs"));
    }

    @Test
    void outsideEveryGridTheOfficeDispatchesIt() throws Exception {
        double southLat = -40 - ThreadLocalRandom.current().nextDouble();
        String id = find(southLat, 170.0, 202)
                .body("status", equalTo("PENDING_DISPATCH"))
                .body("notice", startsWith("待创城办派遣"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(office)
                .queryParam("size", 500)
                .get("/findings/pending-dispatch")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(inspector)
                .get("/findings/pending-dispatch")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"unitCode\":\"NO-SUCH-UNIT\"}")
                .post("/findings/" + id + "/dispatch")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("unitCode"));
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            String code = given().auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("{\"unitCode\":\"SCJGJ\",\"comment\":\"属市场监管职责\"}")
                    .post("/findings/" + id + "/dispatch")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("DISPATCHED"))
                    .body("unitCode", equalTo("SCJGJ"))
                    .body("temporaryPoint", equalTo(true))
                    .extract()
                    .path("pointCode");
            ProblemReported problem = reported(kafka, pointId(code));
            assertEquals("SCJGJ", problem.point().responsibleUnitCode());
            assertEquals(id, problem.requestId());
        }
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"unitCode\":\"SCJGJ\"}")
                .post("/findings/" + id + "/dispatch")
                .then()
                .statusCode(409);
    }
}
