package gov.chuangcheng.inspection.open311;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.OrderLink;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationEvidenceAdded;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationReassigned;
import gov.chuangcheng.events.rectification.UnitLink;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A 12345 request follows the order accountability-service opened from it or attached it to, and its answer tells the
 * caller how that order really closed: fixed (with the unit's fix and its after-photos, for the call-back 回访), found
 * untrue, or merged into another order. Events come from the real broker, answers from the real facade.
 */
@QuarkusTest
class Open311ClosureTest {

    private static final ZoneOffset CST = ZoneOffset.ofHours(8);

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

    /** A point of this test: its code (the Open311 address_id) and its id (what orders name). */
    private record Place(String code, String id) {}

    @BeforeEach
    void checklist() {
        hotline = KeycloakTokens.forClient("hotline-12345", "hotline-12345-secret");
        office = KeycloakTokens.forUser("office1");
        fixtures.seedUnits();
        standard = Fixtures.unique("S");
        fixtures.standards(Fixtures.standard(standard, "店外经营", "COMMERCIAL_STREET"));
        itemCode = Fixtures.unique("SY");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"passThreshold":5,"items":[
                         {"code":"%s","standardCode":"%s","checkText":"无店外经营","maxScore":10,"passThreshold":6,"severity":"SERIOUS"}]}
                        """.formatted(itemCode, standard))
                .post("/checklists/COMMERCIAL_STREET/versions")
                .then()
                .statusCode(201);
    }

    @Test
    void aFixedClosureAnswersWithTheFixAndLinksItsAfterPhotosInJsonAndXml() {
        Place place = place();
        String request = report(place, "商铺占道摆放货物");
        given().auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + request + ".json")
                .then()
                .statusCode(200)
                .body("[0]", not(hasKey("extended_attributes")));
        OrderRef order = order(place, "SCJGJ", "区市场监管局", deadline(3));
        publish(EventCatalog.RECTIFICATION_OPENED, order, opened(order, request));

        String cgj = KeycloakTokens.forUser("cgj1");
        String after = Fixtures.photo(cgj);
        String unrelated = Fixtures.photo(cgj);
        String fix = "已清理店外货物，督促商户签订门前三包责任书";
        publish(
                EventCatalog.RECTIFICATION_CLOSED,
                order,
                new RectificationClosed(
                        order,
                        "inspector1",
                        true,
                        OffsetDateTime.now(),
                        Closure.REINSPECTION,
                        null,
                        null,
                        fix,
                        List.of(after)));
        String link = "/open311/v2/requests/" + request + "/media/" + after;
        awaitRequest(request, r -> r.body("[0].status", equalTo("closed")));
        String url = given().auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + request + ".json")
                .then()
                .statusCode(200)
                .body("[0].status_notes", equalTo("已整改（复查通过）：" + fix))
                .body("[0].extended_attributes.fix", equalTo(fix))
                .body("[0].extended_attributes.fix_media_urls", hasSize(1))
                .body("[0].extended_attributes.fix_media_urls[0]", endsWith(link))
                .body("[0].extended_attributes.fix_media_urls[0]", startsWith("http"))
                .extract()
                .path("[0].extended_attributes.fix_media_urls[0]");
        given().auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + request + ".xml")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/xml"))
                .body("service_requests.request.status", equalTo("closed"))
                .body("service_requests.request.status_notes", equalTo("已整改（复查通过）：" + fix))
                .body("service_requests.request.extended_attributes.fix", equalTo(fix))
                .body("service_requests.request.extended_attributes.fix_media_urls.fix_media_url", equalTo(url));

        // the link serves the after-photo to the system that reported, and nothing else to anyone else
        byte[] photo = given().auth()
                .oauth2(hotline)
                .get(url)
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        byte[] png = Fixtures.png();
        assertArrayEquals(png, Arrays.copyOf(photo, png.length));
        given().auth()
                .oauth2(KeycloakTokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret"))
                .get(link)
                .then()
                .statusCode(404)
                .body("[0].code", equalTo(404));
        given().auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + request + "/media/" + unrelated)
                .then()
                .statusCode(404)
                .body("[0].code", equalTo(404));
        given().get(link).then().statusCode(401).body("[0].code", equalTo(401));
    }

    @Test
    void aVoidedOrMergedOrderClosesItsRequestWithWhatReallyHappened() {
        Place voided = place();
        Place upheld = place();
        Place merged = place();
        String untrue = report(voided, "商铺门前堆放杂物");
        String appealed = report(upheld, "门店外摆摊");
        String duplicate = report(merged, "店外占道经营");
        OrderRef voidedOrder = order(voided, "CGJ", "区城管局", deadline(3));
        OrderRef upheldOrder = order(upheld, "CGJ", "区城管局", deadline(3));
        OrderRef mergedOrder = order(merged, "CGJ", "区城管局", deadline(3));
        publish(EventCatalog.RECTIFICATION_OPENED, voidedOrder, opened(voidedOrder, untrue));
        publish(EventCatalog.RECTIFICATION_OPENED, upheldOrder, opened(upheldOrder, appealed));
        publish(EventCatalog.RECTIFICATION_OPENED, mergedOrder, opened(mergedOrder, duplicate));
        awaitRequest(duplicate, r -> r.body("[0].agency_responsible", equalTo("区城管局")));

        publish(
                EventCatalog.RECTIFICATION_CLOSED,
                voidedOrder,
                withdrawn(voidedOrder, Closure.VOIDED, "现场为店内经营，未占道", null));
        // an upheld appeal, as events published before VOIDED existed closed it: read as voided
        publish(
                EventCatalog.RECTIFICATION_CLOSED,
                upheldOrder,
                withdrawn(upheldOrder, Closure.APPEAL_UPHELD, null, null));
        publish(
                EventCatalog.RECTIFICATION_CLOSED,
                mergedOrder,
                withdrawn(
                        mergedOrder,
                        Closure.MERGED,
                        "与同一问题的整改单重复",
                        new OrderLink(UUID.randomUUID().toString(), "ZG-2026-009876")));

        awaitRequest(
                untrue,
                r -> r.body("[0].status", equalTo("closed"))
                        .body("[0].status_notes", equalTo("经核实不属实：现场为店内经营，未占道"))
                        .body("[0]", not(hasKey("extended_attributes"))));
        awaitRequest(
                appealed,
                r -> r.body("[0].status", equalTo("closed"))
                        .body("[0].status_notes", equalTo("经核实不属实"))
                        .body("[0]", not(hasKey("extended_attributes"))));
        awaitRequest(
                duplicate,
                r -> r.body("[0].status", equalTo("closed"))
                        .body("[0].status_notes", equalTo("已合并至工单 ZG-2026-009876"))
                        .body("[0]", not(hasKey("extended_attributes"))));
        given().auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + duplicate + ".xml")
                .then()
                .statusCode(200)
                .body("service_requests.request.status", equalTo("closed"))
                .body("service_requests.request.status_notes", equalTo("已合并至工单 ZG-2026-009876"))
                .body(not(containsString("extended_attributes")));
    }

    @Test
    void aRequestFollowsTheOrderThatNamesItNotJustItsPointAndStandard() {
        Place place = place();
        String first = report(place, "店外摆放广告牌");
        OrderRef earlier = order(place, "SCJGJ", "区市场监管局", deadline(3));
        publish(EventCatalog.RECTIFICATION_OPENED, earlier, opened(earlier, first));
        awaitRequest(first, r -> r.body("[0].agency_responsible", equalTo("区市场监管局")));

        // reported while that order is open here, but it reaches accountability-service only after the order closed
        String late = report(place, "店外又摆出广告牌");
        awaitRequest(late, r -> r.body("[0].agency_responsible", equalTo("区市场监管局")));
        publish(
                EventCatalog.RECTIFICATION_CLOSED,
                earlier,
                new RectificationClosed(
                        earlier,
                        "inspector1",
                        true,
                        OffsetDateTime.now(),
                        Closure.REINSPECTION,
                        null,
                        null,
                        "已撤除广告牌",
                        List.of()));
        awaitRequest(first, r -> r.body("[0].status", equalTo("closed")));
        awaitRequest(
                late,
                r -> r.body("[0].status", equalTo("open"))
                        .body("[0].agency_responsible", nullValue())
                        .body("[0].expected_datetime", nullValue()));

        // it opens an order of its own (a relapse, of another unit here): the request follows that one
        OrderRef relapse = order(place, "CGJ", "区城管局", deadline(2));
        publish(EventCatalog.RECTIFICATION_OPENED, relapse, opened(relapse, late));
        awaitRequest(
                late,
                r -> r.body("[0].agency_responsible", equalTo("区城管局"))
                        .body("[0].expected_datetime", equalTo("2026-12-02T17:30:00+08:00")));
        OrderRef extended = withDeadline(relapse, deadline(9));
        publish(
                EventCatalog.RECTIFICATION_EXTENDED,
                extended,
                new RectificationExtended(
                        extended, deadline(2), deadline(9), "需协调商户", "office1", OffsetDateTime.now()));
        awaitRequest(late, r -> r.body("[0].expected_datetime", equalTo("2026-12-09T17:30:00+08:00")));

        // a third report is attached to it; the same event delivered twice changes nothing more
        String third = report(place, "广告牌占用盲道");
        String eventId = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            TestEvents.publishWithId(
                    topics.of(Topic.RECTIFICATIONS),
                    EventCatalog.RECTIFICATION_EVIDENCE_ADDED,
                    extended.episodeKey(),
                    new RectificationEvidenceAdded(
                            extended,
                            OrderSource.PROBLEM_REPORT,
                            third,
                            "广告牌占用盲道",
                            List.of(),
                            OffsetDateTime.now(),
                            2,
                            true,
                            OffsetDateTime.now()),
                    json,
                    eventId);
        }
        publish(EventCatalog.RECTIFICATION_CLOSED, extended, withdrawn(extended, Closure.VOIDED, null, null));
        awaitRequest(late, r -> r.body("[0].status", equalTo("closed")).body("[0].status_notes", equalTo("经核实不属实")));
        awaitRequest(third, r -> r.body("[0].status", equalTo("closed")).body("[0].status_notes", equalTo("经核实不属实")));
        // the first request keeps the answer of the order it followed
        awaitRequest(first, r -> r.body("[0].status_notes", equalTo("已整改（复查通过）：已撤除广告牌")));
    }

    @Test
    void aReassignedOrderAnswersWithItsNewUnitAndDeadline() {
        Place place = place();
        String request = report(place, "店外占道堆放货物");
        OrderRef order = order(place, "CGJ", "区城管局", deadline(3));
        publish(EventCatalog.RECTIFICATION_OPENED, order, opened(order, request));
        awaitRequest(request, r -> r.body("[0].agency_responsible", equalTo("区城管局")));
        // reported while the order is open: it shows that order until an event names it
        String later = report(place, "店外仍有货物");
        awaitRequest(later, r -> r.body("[0].agency_responsible", equalTo("区城管局")));

        // 改派 to 区市场监管局 with a fresh deadline; delivered twice, it changes nothing more
        OrderRef moved = new OrderRef(
                order.id(),
                order.number(),
                order.pointId(),
                order.pointCode(),
                order.pointName(),
                order.standardCode(),
                order.standardName(),
                "SCJGJ",
                "区市场监管局",
                order.severity(),
                deadline(10),
                EscalationLevel.NONE);
        RectificationReassigned reassigned = new RectificationReassigned(
                moved,
                new UnitLink("CGJ", "区城管局"),
                new UnitLink("SCJGJ", "区市场监管局"),
                "商户经营资质问题属市场监管职责",
                true,
                UUID.randomUUID().toString(),
                "office1",
                OffsetDateTime.now());
        String eventId = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            TestEvents.publishWithId(
                    topics.of(Topic.RECTIFICATIONS),
                    EventCatalog.RECTIFICATION_REASSIGNED,
                    moved.episodeKey(),
                    reassigned,
                    json,
                    eventId);
        }
        for (String id : List.of(request, later)) {
            awaitRequest(
                    id,
                    r -> r.body("[0].status", equalTo("open"))
                            .body("[0].agency_responsible", equalTo("区市场监管局"))
                            .body("[0].expected_datetime", equalTo("2026-12-10T17:30:00+08:00"))
                            .body("[0].status_notes", containsString("区市场监管局")));
        }
        given().auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + request + ".xml")
                .then()
                .statusCode(200)
                .body("service_requests.request.agency_responsible", equalTo("区市场监管局"));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A commercial street far from the other tests' points, so that no routing by position reaches it. */
    private Place place() {
        String code = Fixtures.unique("SY");
        double lat = 31 + Math.random();
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"code":"%s","name":"解放路商业街%s","type":"COMMERCIAL_STREET","address":"解放路%s号",
                         "street":"JD01","latitude":%s,"longitude":121.5,"crs":"WGS84","responsibleUnitCode":"CGJ"}
                        """.formatted(code, code, code, lat))
                .post("/points")
                .then()
                .statusCode(201);
        String id = given().auth()
                .oauth2(office)
                .get("/points/" + code)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        return new Place(code, id);
    }

    private String report(Place place, String description) {
        return given().auth()
                .oauth2(hotline)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("service_code", itemCode)
                .formParam("address_id", place.code())
                .formParam("description", description)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .extract()
                .path("[0].service_request_id");
    }

    private OrderRef order(Place place, String unitCode, String unitName, OffsetDateTime deadline) {
        return new OrderRef(
                UUID.randomUUID().toString(),
                "ZG-2026-" + UUID.randomUUID().toString().substring(0, 6),
                place.id(),
                place.code(),
                "解放路商业街",
                standard,
                "店外经营",
                unitCode,
                unitName,
                Severity.SERIOUS,
                deadline,
                EscalationLevel.NONE);
    }

    private static OrderRef withDeadline(OrderRef o, OffsetDateTime deadline) {
        return new OrderRef(
                o.id(),
                o.number(),
                o.pointId(),
                o.pointCode(),
                o.pointName(),
                o.standardCode(),
                o.standardName(),
                o.unitCode(),
                o.unitName(),
                o.severity(),
                deadline,
                o.level());
    }

    /** 17:30 on a day of December 2026. */
    private static OffsetDateTime deadline(int day) {
        return OffsetDateTime.of(2026, 12, day, 17, 30, 0, 0, CST);
    }

    private static RectificationOpened opened(OrderRef order, String requestId) {
        return new RectificationOpened(
                order, OrderSource.PROBLEM_REPORT, requestId, "群众举报", List.of(), false, OffsetDateTime.now());
    }

    private static RectificationClosed withdrawn(OrderRef order, Closure closure, String reason, OrderLink into) {
        return new RectificationClosed(
                order, "office1", false, OffsetDateTime.now(), closure, reason, into, null, List.of());
    }

    private <P extends Record> void publish(EventType<P> type, OrderRef order, P payload) {
        TestEvents.publish(topics.of(Topic.RECTIFICATIONS), type, order.episodeKey(), payload, json);
    }

    private void awaitRequest(String id, Consumer<ValidatableResponse> expectations) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> expectations.accept(given().auth()
                        .oauth2(hotline)
                        .get("/open311/v2/requests/" + id + ".json")
                        .then()
                        .statusCode(200)));
    }
}
