package gov.chuangcheng.inspection.responsibility;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.ResponsibilitySettled;
import gov.chuangcheng.events.rectification.UnitLink;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The office settles a point × standard to another unit (确权) on the real broker: the next failure of that standard
 * there, from a patrol or a 12345 report, is published for the settled unit while the point's other standards stay
 * with its own unit; the settled unit reads those inspections; the latest settlement wins; a redelivered settlement
 * is stored once.
 */
@QuarkusTest
class SettledResponsibilityTest {

    private static final double LAT = 30.2741;
    private static final double LON = 120.1551;

    @Inject
    Fixtures fixtures;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    Settlements settlements;

    private String office;
    private String inspector;
    /** The standard settled to another unit (公平秤) and one that is not (公益广告). */
    private String scales;

    private String posters;
    private String scalesItem;
    private String postersItem;
    private int checklistVersion;

    @BeforeEach
    void checklist() {
        office = KeycloakTokens.forUser("office1");
        inspector = KeycloakTokens.forUser("inspector1");
        fixtures.seedUnits();
        scales = Fixtures.unique("S");
        posters = Fixtures.unique("S");
        fixtures.standards(
                Fixtures.standard(scales, "公平秤", "FARMERS_MARKET"),
                Fixtures.standard(posters, "公益广告", "FARMERS_MARKET"));
        scalesItem = Fixtures.unique("GP");
        postersItem = Fixtures.unique("GY");
        checklistVersion = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"passThreshold":12,"items":[
                         {"code":"%s","standardCode":"%s","checkText":"设置公平秤","maxScore":10,"passThreshold":6,"severity":"SERIOUS"},
                         {"code":"%s","standardCode":"%s","checkText":"公益广告不少于5处","maxScore":10,"passThreshold":6,"severity":"GENERAL"}]}
                        """.formatted(scalesItem, scales, postersItem, posters))
                .post("/checklists/FARMERS_MARKET/versions")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
    }

    @Test
    void aSettledStandardGoesToTheSettledUnitWhichSeesItsInspectionsUntilTheOfficeSettlesItElsewhere()
            throws Exception {
        Place market = place();
        Place other = place();
        String hotline = KeycloakTokens.forClient("hotline-12345", "hotline-12345-secret");

        // 确权 to 区市场监管局, delivered twice with the same id (a redelivery)
        String eventId = UUID.randomUUID().toString();
        ResponsibilitySettled toScjgj =
                settled(market, "SCJGJ", "区市场监管局", OffsetDateTime.now().minusHours(1));
        for (int i = 0; i < 2; i++) {
            TestEvents.publishWithId(
                    topics.of(Topic.RECTIFICATIONS),
                    EventCatalog.RESPONSIBILITY_SETTLED,
                    toScjgj.order().episodeKey(),
                    toScjgj,
                    json,
                    eventId);
        }
        awaitSettledTo(market, "SCJGJ");

        String photo = Fixtures.photo(inspector);
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            String marketInspection = submit(market, "3", "2", photo);
            String otherInspection = submit(other, "3", "9", null);
            Map<String, PointRef> byStandard = failures(kafka, market, 2);
            assertEquals("SCJGJ", byStandard.get(scales).responsibleUnitCode());
            assertEquals("区市场监管局", byStandard.get(scales).responsibleUnitName());
            // the point's other standard stays with the point's own unit
            assertEquals("CGJ", byStandard.get(posters).responsibleUnitCode());
            assertEquals("区城管局", byStandard.get(posters).responsibleUnitName());
            // the settlement is of that point only
            assertEquals("CGJ", failures(kafka, other, 1).get(scales).responsibleUnitCode());
            // the completed event shows the point as it is registered
            InspectionCompleted completed = json.readValue(
                    kafka.await(ofType(market, "cc.inspection.completed.v1"), 1, Duration.ofSeconds(30))
                            .get(0)
                            .value(),
                    InspectionCompleted.class);
            assertEquals("CGJ", completed.point().responsibleUnitCode());

            // a 12345 report of the settled standard goes there too; of the other standard, to the point's unit
            report(hotline, market, scalesItem);
            report(hotline, market, postersItem);
            Map<String, PointRef> reported =
                    kafka.await(ofType(market, "cc.problem.reported.v1"), 2, Duration.ofSeconds(30)).stream()
                            .map(r -> read(r.value(), ProblemReported.class))
                            .collect(Collectors.toMap(ProblemReported::standardCode, ProblemReported::point));
            assertEquals("SCJGJ", reported.get(scales).responsibleUnitCode());
            assertEquals("区市场监管局", reported.get(scales).responsibleUnitName());
            assertEquals("CGJ", reported.get(posters).responsibleUnitCode());

            // the settled unit reads the inspection of its point × standard (and its photos), not the other point's
            String scjgj = KeycloakTokens.forUser("scjgj1");
            given().auth()
                    .oauth2(scjgj)
                    .get("/inspections/" + marketInspection)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(scjgj)
                    .get("/inspections/" + otherInspection)
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(scjgj)
                    .queryParam("size", 500)
                    .get("/inspections")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(marketInspection))
                    .body("items.id", not(hasItem(otherInspection)));
            given().auth()
                    .oauth2(scjgj)
                    .queryParam("point", market.code())
                    .get("/inspections")
                    .then()
                    .statusCode(200)
                    .body("items.id", hasItem(marketInspection));
            given().auth().oauth2(scjgj).get("/evidence/" + photo).then().statusCode(200);
            // the point's own unit still reads it
            given().auth()
                    .oauth2(KeycloakTokens.forUser("cgj1"))
                    .get("/inspections/" + marketInspection)
                    .then()
                    .statusCode(200);

            // settled back to 区城管局 later: the latest settlement wins. Same key, so it is handled after both
            // deliveries above; two rows then prove the redelivery added none
            ResponsibilitySettled back = settled(market, "CGJ", "区城管局", OffsetDateTime.now());
            TestEvents.publish(
                    topics.of(Topic.RECTIFICATIONS),
                    EventCatalog.RESPONSIBILITY_SETTLED,
                    back.order().episodeKey(),
                    back,
                    json);
            awaitSettledTo(market, "CGJ");
            assertEquals(2L, rows(market));
            given().auth()
                    .oauth2(scjgj)
                    .get("/inspections/" + marketInspection)
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(scjgj)
                    .queryParam("size", 500)
                    .get("/inspections")
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(marketInspection)));
            submit(market, "3", "9", null);
            assertEquals("CGJ", failures(kafka, market, 3).get(scales).responsibleUnitCode());
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private record Place(String code, String id) {}

    /** A market of 区城管局. */
    private Place place() {
        String code = Fixtures.unique("MKT");
        String id = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"code":"%s","name":"城关农贸市场%s","type":"FARMERS_MARKET","address":"城关街道解放路%s号",
                         "street":"JD01","latitude":%s,"longitude":%s,"crs":"WGS84","responsibleUnitCode":"CGJ"}
                        """.formatted(code, code, code, LAT, LON))
                .post("/points")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Place(code, id);
    }

    private ResponsibilitySettled settled(Place place, String unitCode, String unitName, OffsetDateTime at) {
        OrderRef order = new OrderRef(
                UUID.randomUUID().toString(),
                "ZG-2026-" + UUID.randomUUID().toString().substring(0, 6),
                place.id(),
                place.code(),
                "城关农贸市场",
                scales,
                "公平秤",
                unitCode,
                unitName,
                Severity.SERIOUS,
                OffsetDateTime.of(2026, 12, 3, 17, 30, 0, 0, ZoneOffset.ofHours(8)),
                EscalationLevel.NONE);
        return new ResponsibilitySettled(order, new UnitLink(unitCode, unitName), "公平秤由市场监管部门配置", "office1", at);
    }

    private void awaitSettledTo(Place place, String unitCode) {
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> settlements
                                .current(UUID.fromString(place.id()), scales)
                                .filter(u -> u.code().equals(unitCode))
                                .isPresent()));
    }

    private long rows(Place place) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        Settlement.count("pointId = ?1 and standardCode = ?2", UUID.fromString(place.id()), scales));
    }

    /** Submits an inspection of the place with these scores (a score under 6 fails the item). */
    private String submit(Place place, String scalesScore, String postersScore, String photo) {
        String evidence = photo == null ? "" : ",\"evidenceIds\":[\"" + photo + "\"]";
        return given().auth()
                .oauth2(inspector)
                .contentType("application/json")
                .body("""
                        {"pointCode":"%s","inspectedAt":"%s","latitude":%s,"longitude":%s,"checklistVersion":%d,
                         "items":[{"itemCode":"%s","score":%s%s},{"itemCode":"%s","score":%s}]}
                        """.formatted(
                                place.code(),
                                OffsetDateTime.of(2026, 11, 25, 8, 30, 0, 0, ZoneOffset.ofHours(8)),
                                LAT,
                                LON,
                                checklistVersion,
                                scalesItem,
                                scalesScore,
                                evidence,
                                postersItem,
                                postersScore))
                .post("/inspections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void report(String hotline, Place place, String serviceCode) {
        given().auth()
                .oauth2(hotline)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("service_code", serviceCode)
                .formParam("address_id", place.code())
                .formParam("description", "市民反映农贸市场问题")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201);
    }

    /** The point of the latest item-failed event of each standard, after {@code count} of the place's were seen. */
    private Map<String, PointRef> failures(KafkaEvents kafka, Place place, int count) {
        List<ItemFailed> failed =
                kafka.await(ofType(place, "cc.inspection.item-failed.v1"), count, Duration.ofSeconds(30)).stream()
                        .map(r -> read(r.value(), ItemFailed.class))
                        .toList();
        return failed.stream().collect(Collectors.toMap(ItemFailed::standardCode, ItemFailed::point, (a, b) -> b));
    }

    private static Predicate<ConsumerRecord<String, String>> ofType(Place place, String type) {
        return r -> place.id().equals(r.key()) && type.equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE));
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
