package gov.chuangcheng.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chain across real processes, each service started from its packaged jar with real PostgreSQL, Kafka, Keycloak
 * and SMTP: the office sets up units, the evaluation system and a checklist; an inspector fails a critical item; the
 * responsible unit gets a rectification order with a working-calendar deadline, a signed webhook, an inbox message
 * and a mail; nobody acting climbs the ladder; the unit's fix is re-inspected until the order closes; other units
 * cannot see any of it.
 */
class ChainSystemTest {

    private static SystemUnderTest system;
    private static Setup setup;

    @BeforeAll
    static void startServices() throws Exception {
        // a drill: critical items are due in 20 s and every rung follows 10 s after the previous one
        system = SystemUnderTest.start(Map.of(
                "accountability-service",
                        Map.of(
                                "cc.rectification.deadline.critical.office-time", "PT20S",
                                "cc.escalation.reminder-before", "PT10S",
                                "cc.escalation.notice-after", "PT10S",
                                "cc.escalation.talk-after", "PT10S",
                                "cc.escalation.accountability-after", "PT10S",
                                "cc.escalation.sweep-every", "1s",
                                // the dashboard shows the published ranking: publish it every second, not minute
                                "cc.ranking.publish-every", "1s"),
                "notification-service", Map.of("cc.webhooks.allowed-hosts", "127.0.0.1")));
        setup = new Setup(system);
    }

    @AfterAll
    static void stopServices() throws Exception {
        system.close();
    }

    @Test
    void aUnitCreatedInTaskServiceReachesEveryOtherService() {
        String code = "ST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        setup.ensureUnit(code, "系统测试局", "DEPARTMENT", "");
        String inspector = Tokens.forUser("inspector1");
        for (ServiceProcess s : system.services()) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().baseUri(s.baseUrl())
                            .auth()
                            .oauth2(inspector)
                            .get("/directory/units/" + code)
                            .then()
                            .statusCode(200)
                            .body("name", equalTo("系统测试局")));
        }
        // an unrelated department cannot see it anywhere
        String cgj = Tokens.forUser("cgj1");
        for (ServiceProcess s : system.services()) {
            given().baseUri(s.baseUrl())
                    .auth()
                    .oauth2(cgj)
                    .get("/directory/units/" + code)
                    .then()
                    .statusCode(404);
        }
    }

    /** Steps 1–3 and 6 of the chain. */
    @Test
    void aFailedCriticalItemReachesTheResponsibleUnitAndNobodyElse() throws Exception {
        String office = setup.office();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String mailbox = "scjgj-liaison-" + suffix + "@chuangcheng.local";

        // 1. the office: units (the market bureau's liaison is the Keycloak user scjgj1), the evaluation system
        setup.ensureUnit(
                "SCJGJ",
                "区市场监管局",
                "DEPARTMENT",
                ",\"contacts\":[{\"name\":\"郑联络员\",\"role\":\"LIAISON\",\"email\":\"" + mailbox
                        + "\",\"username\":\"scjgj1\"}]");
        setup.ensureUnit("CGJ", "区城管局", "DEPARTMENT", "");
        setup.evaluationSystem();
        setup.roundTheClockCalendar();
        setup.marketChecklist("SCJGJ");
        String pointCode = "NM-ST-" + suffix;
        setup.marketPoint(pointCode, "系统测试农贸市场", "SCJGJ");

        // the market bureau's 政务微信 gateway subscribes to its orders with a secret of its own
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver gateway = new WebhookReceiver(secret)) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().baseUri(system.notification.baseUrl())
                            .auth()
                            .oauth2(office)
                            .get("/directory/units/SCJGJ")
                            .then()
                            .statusCode(200));
            given().baseUri(system.notification.baseUrl())
                    .auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("""
                            {"name":"市场监管局政务微信网关%s","url":"%s","eventTypes":["cc.rectification.opened.v1"],
                             "unitCodes":["SCJGJ"],"secret":"%s"}""".formatted(suffix, gateway.url(), secret))
                    .post("/webhook-subscriptions")
                    .then()
                    .statusCode(201);

            // 2. an inspector fails the critical item 生熟分区 (NM-05)
            setup.failCriticalItem(Tokens.forUser("inspector1"), pointCode);

            // 3. exactly one order for the market bureau, due 20 s (the drill's critical deadline) later
            String unit = Tokens.forUser("scjgj1");
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().baseUri(system.accountability.baseUrl())
                            .auth()
                            .oauth2(unit)
                            .get("/rectifications?size=500")
                            .then()
                            .statusCode(200)
                            .body("items.findAll { it.pointCode == '" + pointCode + "' }.size()", equalTo(1)));
            var order = given().baseUri(system.accountability.baseUrl())
                    .auth()
                    .oauth2(unit)
                    .get("/rectifications?size=500")
                    .jsonPath()
                    .getMap("items.find { it.pointCode == '" + pointCode + "' }");
            assertEquals("S-3.1.5", order.get("standardCode"));
            assertEquals("CRITICAL", order.get("severity"));
            Duration due =
                    Duration.between(OffsetDateTime.parse((String) order.get("openedAt")), OffsetDateTime.parse((String)
                            order.get("deadline")));
            assertEquals(Duration.ofSeconds(20), due, "the configured deadline");

            // ... its signed webhook, verified as any Standard Webhooks receiver would
            await().atMost(Duration.ofSeconds(60))
                    .until(() ->
                            gateway.deliveries().stream().anyMatch(d -> d.body().contains(pointCode)));
            List<WebhookReceiver.Delivery> ours = gateway.deliveries().stream()
                    .filter(d -> d.body().contains(pointCode))
                    .toList();
            assertEquals(
                    1,
                    ours.stream().map(WebhookReceiver.Delivery::id).distinct().count(),
                    "one webhook message for the opened order");
            assertTrue(
                    ours.stream().allMatch(WebhookReceiver.Delivery::signatureValid),
                    "the signature verifies with the subscription's secret: " + ours);
            assertTrue(
                    ours.get(0).body().contains("cc.rectification.opened.v1"),
                    ours.get(0).body());

            // ... its inbox message for the liaison and its mail, in Chinese
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().baseUri(system.notification.baseUrl())
                            .auth()
                            .oauth2(unit)
                            .get("/inbox?size=500")
                            .then()
                            .statusCode(200)
                            .body(
                                    "items.findAll { it.title.contains('系统测试农贸市场') && it.eventType == "
                                            + "'cc.rectification.opened.v1' }.size()",
                                    equalTo(1)));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> given().get("http://127.0.0.1:8025/api/user/" + mailbox + "/messages/INBOX")
                            .then()
                            .statusCode(200)
                            .body("subject", hasItem(startsWith("【整改通知】"))));

            // 6. another unit's department user sees none of it
            String other = Tokens.forUser("cgj1");
            given().baseUri(system.accountability.baseUrl())
                    .auth()
                    .oauth2(other)
                    .get("/rectifications?size=500")
                    .then()
                    .statusCode(200)
                    .body("items.findAll { it.pointCode == '" + pointCode + "' }.size()", equalTo(0));
            given().baseUri(system.accountability.baseUrl())
                    .auth()
                    .oauth2(other)
                    .get("/rectifications/" + order.get("id"))
                    .then()
                    .statusCode(404);
            given().baseUri(system.accountability.baseUrl())
                    .auth()
                    .oauth2(other)
                    .contentType("application/json")
                    .post("/rectifications/" + order.get("id") + "/acknowledge")
                    .then()
                    .statusCode(404);
            given().baseUri(system.notification.baseUrl())
                    .auth()
                    .oauth2(other)
                    .get("/inbox?size=500")
                    .then()
                    .statusCode(200)
                    .body("items.findAll { it.title.contains('系统测试农贸市场') }.size()", equalTo(0));
        }
    }

    /**
     * One problem, one episode, and the office's own levers, to the caller's answer: two 12345 reports of one stall are
     * one order that both requests follow; the office voids one order (不属实) and merges another into it; the gateway
     * receives each closure as it closed, and the Open311 requests answer 经核实不属实 and 已合并至工单 ….
     */
    @Test
    void aVoidedAndAMergedOrderReachTheGatewayAndThe12345Callers() throws Exception {
        String office = setup.office();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        // a unit of its own: the other tests' units keep their contacts and their inboxes
        String unit = "ST" + suffix.toUpperCase();
        setup.ensureUnit(unit, "区市场监管局" + suffix, "DEPARTMENT", "");
        setup.evaluationSystem();
        setup.roundTheClockCalendar();
        setup.marketChecklist(unit);
        String voidedPoint = "NM-VD-" + suffix;
        String mergedPoint = "NM-MG-" + suffix;
        String survivorPoint = "NM-SV-" + suffix;
        setup.marketPoint(voidedPoint, "不属实测试市场", unit);
        setup.marketPoint(mergedPoint, "合并测试市场", unit);
        setup.marketPoint(survivorPoint, "保留测试市场", unit);
        String hotline = Tokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret");

        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver gateway = new WebhookReceiver(secret)) {
            given().baseUri(system.notification.baseUrl())
                    .auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("""
                            {"name":"市场监管局销号网关%s","url":"%s","eventTypes":["cc.rectification.closed.v1"],
                             "unitCodes":["%s"],"secret":"%s"}""".formatted(suffix, gateway.url(), unit, secret))
                    .post("/webhook-subscriptions")
                    .then()
                    .statusCode(201);

            String voidedRequest = report(hotline, voidedPoint, "摊位占道经营");
            String mergedRequest = report(hotline, mergedPoint, "摊位占道经营");
            String first = report(hotline, survivorPoint, "门口摊位占道");
            String second = report(hotline, survivorPoint, "还是有摊位占道");
            Map<String, Object> voided = orderAt(unit, voidedPoint, o -> true);
            Map<String, Object> merged = orderAt(unit, mergedPoint, o -> true);
            Map<String, Object> survivor =
                    orderAt(unit, survivorPoint, o -> ((Number) o.get("reports")).intValue() == 2);
            assertEquals("NONE", survivor.get("level"), "a second report of the problem adds no rung");
            for (String request : List.of(first, second)) {
                await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(() -> openStatus(hotline, request)
                                .body("[0].status", equalTo("open"))
                                .body("[0].agency_responsible", equalTo("区市场监管局" + suffix)));
            }

            lever(office, voided, "void", "{\"reason\":\"经现场核实，摊位在店内，问题不属实\"}");
            lever(office, merged, "merge", "{\"into\":\"" + survivor.get("id") + "\",\"reason\":\"同一摊位重复反映\"}");

            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> openStatus(hotline, voidedRequest)
                            .body("[0].status", equalTo("closed"))
                            .body("[0].status_notes", startsWith("经核实不属实")));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> openStatus(hotline, mergedRequest)
                            .body("[0].status", equalTo("closed"))
                            .body("[0].status_notes", startsWith("已合并至工单")));
            String mergedNotes = openStatus(hotline, mergedRequest).extract().path("[0].status_notes");
            assertTrue(mergedNotes.contains((String) survivor.get("number")), mergedNotes);
            for (String request : List.of(first, second)) {
                openStatus(hotline, request).body("[0].status", equalTo("open"));
            }

            await().atMost(Duration.ofSeconds(60))
                    .until(() -> gateway.deliveries().stream()
                                    .filter(d -> d.body().contains(suffix))
                                    .count()
                            >= 2);
            List<WebhookReceiver.Delivery> closures = gateway.deliveries().stream()
                    .filter(d -> d.body().contains(suffix))
                    .toList();
            assertTrue(closures.stream().allMatch(WebhookReceiver.Delivery::signatureValid), closures.toString());
            assertTrue(
                    closures.stream()
                            .anyMatch(d -> d.body().contains((String) voided.get("number"))
                                    && d.body().contains("\"closure\":\"VOIDED\"")),
                    closures.toString());
            assertTrue(
                    closures.stream()
                            .anyMatch(d -> d.body().contains((String) merged.get("number"))
                                    && d.body().contains("\"closure\":\"MERGED\"")
                                    && d.body().contains((String) survivor.get("number"))),
                    closures.toString());
            assertTrue(
                    closures.stream().noneMatch(d -> d.body().contains("\"closure\":\"REINSPECTION\"")),
                    "nothing was fixed: " + closures);
        }
    }

    @Test
    void aReassignedOrderReachesTheGatewayAndThe12345CallerHearsTheNewUnit() throws Exception {
        String office = setup.office();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String first = "RA" + suffix.toUpperCase();
        String settled = "RB" + suffix.toUpperCase();
        setup.ensureUnit(first, "区城管局" + suffix, "DEPARTMENT", "");
        setup.ensureUnit(settled, "区住建局" + suffix, "DEPARTMENT", "");
        setup.evaluationSystem();
        setup.roundTheClockCalendar();
        setup.marketChecklist(first);
        String point = "NM-RA-" + suffix;
        setup.marketPoint(point, "改派测试市场", first);
        String hotline = Tokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret");

        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver gateway = new WebhookReceiver(secret)) {
            given().baseUri(system.notification.baseUrl())
                    .auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("""
                            {"name":"住建局改派网关%s","url":"%s","eventTypes":["cc.rectification.reassigned.v1"],
                             "unitCodes":["%s"],"secret":"%s"}""".formatted(suffix, gateway.url(), settled, secret))
                    .post("/webhook-subscriptions")
                    .then()
                    .statusCode(201);

            String request = report(hotline, point, "人行道破损");
            Map<String, Object> order = orderAt(first, point, o -> true);
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() ->
                            openStatus(hotline, request).body("[0].agency_responsible", equalTo("区城管局" + suffix)));

            lever(office, order, "reassignment", "{\"unitCode\":\"" + settled + "\",\"reason\":\"该路段人行道已移交住建局管养\"}");

            Map<String, Object> moved = orderAt(settled, point, o -> true);
            assertEquals(order.get("id"), moved.get("id"), "a reassignment is no new order and no closure");
            assertEquals("OPEN", moved.get("status"));
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> openStatus(hotline, request)
                            .body("[0].status", equalTo("open"))
                            .body("[0].agency_responsible", equalTo("区住建局" + suffix)));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> gateway.deliveries().stream()
                            .anyMatch(d -> d.body().contains((String) order.get("number"))));
            List<WebhookReceiver.Delivery> deliveries = gateway.deliveries().stream()
                    .filter(d -> d.body().contains((String) order.get("number")))
                    .toList();
            assertEquals(1, deliveries.size(), deliveries.toString());
            WebhookReceiver.Delivery delivery = deliveries.get(0);
            assertTrue(delivery.signatureValid(), delivery.toString());
            assertTrue(delivery.body().contains("\"from\":{\"code\":\"" + first + "\""), delivery.body());
            assertTrue(delivery.body().contains("\"to\":{\"code\":\"" + settled + "\""), delivery.body());

            // the next failure of the point × standard goes to the settled unit: the 12345 caller hears of it
            String later = report(hotline, point, "人行道又有破损");
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(
                            () -> openStatus(hotline, later).body("[0].agency_responsible", equalTo("区住建局" + suffix)));
        }
    }

    @Test
    void aHotlineReportFarFromEveryPointReachesTheGridsUnitAndASecondOneJoinsIt() {
        String office = setup.office();
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String unit = "GU" + suffix;
        setup.ensureUnit(unit, "城东网格工作站" + suffix, "DEPARTMENT", "");
        setup.evaluationSystem();
        setup.roundTheClockCalendar();
        setup.marketChecklist(unit);
        // a street corner of its own, kilometres from the registered test points, inside a grid of about 400 m
        java.util.Random random = new java.util.Random();
        double lat = 30.40 + random.nextDouble() * 0.2;
        double lon = 120.30 + random.nextDouble() * 0.2;
        double half = 0.002;
        String ring = String.format(
                java.util.Locale.ROOT,
                "[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]",
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
        given().baseUri(system.inspection.baseUrl())
                .auth()
                .oauth2(office)
                .contentType("application/geo+json; charset=UTF-8")
                .body("""
                        {"type":"FeatureCollection","features":[{"type":"Feature",
                         "properties":{"code":"G-%s","name":"城东%s网格","kind":"GRID","responsibleUnitCode":"%s"},
                         "geometry":{"type":"Polygon","coordinates":[%s]}}]}""".formatted(suffix, suffix, unit, ring))
                .post("/grids")
                .then()
                .statusCode(200);
        String hotline = Tokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret");

        String first = offPointReport(hotline, lat, lon, "路口流动摊贩占道经营");
        Map<String, Object> order = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> given()
                                .baseUri(system.accountability.baseUrl())
                                .auth()
                                .oauth2(office)
                                .get("/rectifications?unit=" + unit + "&size=50")
                                .jsonPath()
                                .<Map<String, Object>>getList("items")
                                .stream()
                                .findFirst()
                                .orElse(null),
                        java.util.Objects::nonNull);
        assertTrue(((String) order.get("pointCode")).startsWith("TMP-G-" + suffix), order.toString());
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> openStatus(hotline, first).body("[0].agency_responsible", equalTo("城东网格工作站" + suffix)));

        // about 10 m away, the same problem reported again: one temporary point, one episode, two reports
        String second = offPointReport(hotline, lat + 0.00009, lon, "摊贩又来了");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(
                        () -> openStatus(hotline, second).body("[0].agency_responsible", equalTo("城东网格工作站" + suffix)));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.accountability.baseUrl())
                        .auth()
                        .oauth2(office)
                        .get("/rectifications?unit=" + unit + "&size=50")
                        .then()
                        .statusCode(200)
                        .body("total", equalTo(1))
                        .body("items[0].id", equalTo(order.get("id")))
                        .body("items[0].reports", equalTo(2)));
    }

    /** A 12345 report of 占道经营 (NM-01) at a position only, as a hotline without the point codes sends it. */
    private String offPointReport(String hotline, double lat, double lon, String description) {
        return given().baseUri(system.inspection.baseUrl())
                .auth()
                .oauth2(hotline)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("service_code", "NM-01")
                .formParam("lat", String.format(java.util.Locale.ROOT, "%.6f", lat))
                .formParam("long", String.format(java.util.Locale.ROOT, "%.6f", lon))
                .formParam("description", description)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .extract()
                .path("[0].service_request_id");
    }

    /** A 12345 report of 占道经营 (NM-01) at a point, by the hotline's system; answers the request id. */
    private String report(String hotline, String pointCode, String description) {
        return given().baseUri(system.inspection.baseUrl())
                .auth()
                .oauth2(hotline)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("service_code", "NM-01")
                .formParam("address_id", pointCode)
                .formParam("description", description)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .extract()
                .path("[0].service_request_id");
    }

    private io.restassured.response.ValidatableResponse openStatus(String hotline, String requestId) {
        return given().baseUri(system.inspection.baseUrl())
                .auth()
                .oauth2(hotline)
                .get("/open311/v2/requests/" + requestId + ".json")
                .then()
                .statusCode(200);
    }

    private Map<String, Object> orderAt(
            String unit, String pointCode, java.util.function.Predicate<Map<String, Object>> ready) {
        String office = setup.office();
        return await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            List<Map<String, Object>> items = given().baseUri(system.accountability.baseUrl())
                                    .auth()
                                    .oauth2(office)
                                    .get("/rectifications?unit=" + unit + "&size=500")
                                    .jsonPath()
                                    .getList("items.findAll { it.pointCode == '" + pointCode + "' }");
                            return items.size() == 1 && ready.test(items.get(0)) ? items.get(0) : null;
                        },
                        java.util.Objects::nonNull);
    }

    /** The office pulls a lever on an order, with the ETag it read. */
    private void lever(String office, Map<String, Object> order, String lever, String body) {
        String etag = given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(office)
                .get("/rectifications/" + order.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(office)
                .header("If-Match", etag)
                .contentType("application/json")
                .body(body)
                .post("/rectifications/" + order.get("id") + "/" + lever)
                .then()
                .statusCode(200);
    }

    /** Step 4: nobody acts; 提醒 → 督办 → 通报 → 约谈 → 问责 fire in order, each once, and cost the unit its points. */
    @Test
    void nobodyActsAndTheLadderClimbsOnceEachStep() {
        String office = setup.office();
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String unit = "STU-" + suffix;
        setup.ensureUnit(
                "QLD",
                "区领导",
                "LEADERSHIP",
                ",\"contacts\":[{\"name\":\"李区长\",\"role\":\"HEAD\",\"username\":\"leader1\"}]");
        setup.ensureUnit(
                unit,
                "系统测试局" + suffix,
                "DEPARTMENT",
                ",\"contacts\":[{\"name\":\"测试局长\",\"role\":\"HEAD\",\"email\":\"head-" + suffix.toLowerCase()
                        + "@chuangcheng.local\"}]");
        setup.ensureUnit("CGJ", "区城管局", "DEPARTMENT", "");
        setup.roundTheClockCalendar();
        setup.evaluationSystem();
        setup.marketChecklist(unit);
        String pointCode = "NM-L-" + suffix;
        setup.marketPoint(pointCode, "阶梯测试市场" + suffix, unit);
        setup.failCriticalItem(Tokens.forUser("inspector1"), pointCode);

        // the ladder runs by itself: deadline 20 s, then a rung every 10 s
        await().atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> given().baseUri(system.accountability.baseUrl())
                        .auth()
                        .oauth2(office)
                        .get("/rectifications?unit=" + unit + "&size=10")
                        .then()
                        .statusCode(200)
                        .body("items.size()", equalTo(1))
                        .body("items[0].level", equalTo("ACCOUNTABILITY")));
        String orderId = given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(office)
                .get("/rectifications?unit=" + unit + "&size=10")
                .path("items[0].id");
        List<String> climbed = given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(office)
                .get("/rectifications/" + orderId)
                .jsonPath()
                .getList("history.findAll { it.action == 'ESCALATED' }.level", String.class);
        assertEquals(
                List.of("REMINDER", "SUPERVISION", "NOTICE", "TALK", "ACCOUNTABILITY"),
                climbed,
                "each rung once, in order");

        // the ledger: 100 − 2 (通报) − 5 (约谈) − 10 (问责); task-service shows the ranking accountability publishes
        given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(office)
                .get("/ledger/units/" + unit)
                .then()
                .statusCode(200)
                .body("score", equalTo(83.0f));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.task.baseUrl())
                        .auth()
                        .oauth2(office)
                        .get("/dashboard/units/" + unit)
                        .then()
                        .statusCode(200)
                        .body("score", equalTo(83.0f)));
        int rank = given().baseUri(system.task.baseUrl())
                .auth()
                .oauth2(office)
                .get("/dashboard/units/" + unit)
                .path("rank");
        int others = given().baseUri(system.task.baseUrl())
                .auth()
                .oauth2(office)
                .get("/dashboard/units/CGJ")
                .path("rank");
        assertTrue(rank > others, "the escalated unit ranks below an untouched one");

        // 约谈 reaches the leader: exactly one message for this order's talk
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.notification.baseUrl())
                        .auth()
                        .oauth2(Tokens.forUser("leader1"))
                        .get("/inbox?size=500")
                        .then()
                        .statusCode(200)
                        .body(
                                "items.findAll { it.title.contains('阶梯测试市场" + suffix + "') && it.title.contains('约谈') }"
                                        + ".size()",
                                equalTo(1)));

        // the week's 通报: the office drafts it, issues it, and a department reads the whole notice
        String noticeId = given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(office)
                .queryParam("period", "week")
                .post("/notices")
                .then()
                .statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("content.units.find { it.unitCode == '" + unit + "' }.orders[0].levelName", equalTo("问责"))
                .extract()
                .path("id");
        String documentNumber = given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(office)
                .post("/notices/" + noticeId + "/issue")
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .extract()
                .path("documentNumber");
        assertTrue(documentNumber.matches("创城办〔\\d{4}〕\\d+号"), documentNumber);
        String orderNumber = given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(office)
                .get("/rectifications/" + orderId)
                .path("number");
        given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(Tokens.forUser("cgj1"))
                .get("/notices/" + noticeId)
                .then()
                .statusCode(200)
                .body("documentNumber", equalTo(documentNumber))
                .body("content.units.find { it.unitCode == '" + unit + "' }.unitName", equalTo("系统测试局" + suffix))
                .body(
                        "content.units.find { it.unitCode == '" + unit + "' }.orders.number",
                        org.hamcrest.Matchers.hasItem(orderNumber));
        given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(Tokens.forUser("cgj1"))
                .accept("application/pdf")
                .get("/notices/" + noticeId)
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        // the leaders it is copied to are told it was issued, once
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.notification.baseUrl())
                        .auth()
                        .oauth2(Tokens.forUser("leader1"))
                        .get("/inbox?size=500")
                        .then()
                        .statusCode(200)
                        .body("items.findAll { it.title == '【通报】" + documentNumber + "已印发' }.size()", equalTo(1)));
    }

    /**
     * Step 5: the unit fixes the problem; the first re-inspection fails and escalates, the second passes and the
     * order closes (销号); the dashboard's countdown and projected score follow.
     */
    @Test
    void theFixIsReinspectedUntilItPassesAndTheOrderCloses() {
        String office = setup.office();
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        setup.ensureUnit("JD01", "城关街道", "SUBDISTRICT", "");
        setup.evaluationSystem();
        setup.roundTheClockCalendar();
        setup.marketChecklist("JD01");
        campaignInThirtyDays(office);
        String pointCode = "NM-FIX-" + suffix;
        setup.marketPoint(pointCode, "整改测试市场" + suffix, "JD01");
        String inspector = Tokens.forUser("inspector1");
        String street = Tokens.forUser("jd01");

        setup.failCriticalItem(inspector, pointCode);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.accountability.baseUrl())
                        .auth()
                        .oauth2(street)
                        .get("/rectifications?size=500")
                        .then()
                        .statusCode(200)
                        .body("items.findAll { it.pointCode == '" + pointCode + "' }.size()", equalTo(1)));
        String orderId = given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(street)
                .get("/rectifications?size=500")
                .path("items.find { it.pointCode == '" + pointCode + "' }.id");
        float projectedAfterFailure = projectedTotal(office);

        // the street fixes it, with a photo of the result, which requests its verification; it fails
        fixAndAwaitVerification(street, orderId);
        setup.inspect(inspector, pointCode, orderId, 3);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.accountability.baseUrl())
                        .auth()
                        .oauth2(street)
                        .get("/rectifications/" + orderId)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("OPEN"))
                        // rework (返工) with a fresh deadline: no rung for it, only the clock climbs
                        .body("reinspectionFailures", equalTo(1))
                        .body("history.action", hasItem("REINSPECTION_FAILED"))
                        .body(
                                "history.findAll { it.action == 'ESCALATED' && it.note.contains('复查') }.size()",
                                equalTo(0)));

        // fixed again; this time the re-inspection passes and the order is closed (销号)
        fixAndAwaitVerification(street, orderId);
        setup.inspect(inspector, pointCode, orderId, 9);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.accountability.baseUrl())
                        .auth()
                        .oauth2(street)
                        .get("/rectifications/" + orderId)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("CLOSED")));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.task.baseUrl())
                        .auth()
                        .oauth2(office)
                        .get("/dashboard/units/JD01")
                        .then()
                        .statusCode(200)
                        .body("fixedOrders", greaterThanOrEqualTo(1)));
        // one owner for every figure: the dashboard's row is accountability-service's, as it published it
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> owned = given().baseUri(system.accountability.baseUrl())
                    .auth()
                    .oauth2(office)
                    .get("/ledger/ranking")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("units.find { it.unitCode == 'JD01' }");
            Map<String, Object> shown = given().baseUri(system.task.baseUrl())
                    .auth()
                    .oauth2(office)
                    .get("/dashboard/units/JD01")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getMap("$");
            assertEquals(owned.get("rank"), shown.get("rank"));
            assertEquals(owned.get("cumulativeScore"), shown.get("score"));
            for (String figure : List.of("onTime", "rework", "disputes", "fixedOrders", "meanWorkingHoursToFix")) {
                assertEquals(owned.get(figure), shown.get(figure), figure);
            }
        });

        // the next patrol finds the market in order: the projected score rises; the countdown runs on the calendar
        setup.inspect(inspector, pointCode, null, 9);
        await().atMost(Duration.ofSeconds(60)).until(() -> projectedTotal(office) > projectedAfterFailure);
        given().baseUri(system.task.baseUrl())
                .auth()
                .oauth2(office)
                .get("/dashboard")
                .then()
                .statusCode(200)
                .body("countdown.calendarDaysLeft", equalTo(30))
                // every day is a working day on the drill's calendar
                .body("countdown.workingDaysLeft", equalTo(30));
    }

    private void fixAndAwaitVerification(String street, String orderId) {
        given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(street)
                .contentType("application/json")
                .post("/rectifications/" + orderId + "/acknowledge")
                .then()
                .statusCode(200);
        String photo = given().baseUri(system.inspection.baseUrl())
                .auth()
                .oauth2(street)
                .multiPart("file", "after.png", fixPhoto(), "image/png")
                .post("/evidence")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(street)
                .contentType("application/json")
                .body("{\"description\":\"已划行归市、生熟分区\",\"evidenceIds\":[\"" + photo + "\"]}")
                .post("/rectifications/" + orderId + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFYING"));
        // the submission requested the re-inspection: inspection-service puts it in the pool with the unit's fix
        String inspector = Tokens.forUser("inspector1");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.inspection.baseUrl())
                        .auth()
                        .oauth2(inspector)
                        .get("/reinspections/" + orderId)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("OPEN"))
                        .body("order.fix", equalTo("已划行归市、生熟分区"))
                        .body("order.afterEvidenceIds[0]", equalTo(photo)));
        // the inspector claims it and may then read the order it verifies in accountability-service
        given().baseUri(system.inspection.baseUrl())
                .auth()
                .oauth2(inspector)
                .post("/reinspections/" + orderId + "/claim")
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.accountability.baseUrl())
                        .auth()
                        .oauth2(inspector)
                        .get("/rectifications/" + orderId)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("VERIFYING")));
    }

    private static float projectedTotal(String office) {
        Number total = given().baseUri(system.task.baseUrl())
                .auth()
                .oauth2(office)
                .get("/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .path("projectedTotal");
        return total == null ? 0f : total.floatValue();
    }

    private static void campaignInThirtyDays(String office) {
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30);
        var current =
                given().baseUri(system.task.baseUrl()).auth().oauth2(office).get("/campaign");
        var put = given().baseUri(system.task.baseUrl())
                .auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"name":"系统测试创城周期","evaluationName":"系统测试测评","evaluationDate":"%s","phases":[]}""".formatted(day));
        if (current.statusCode() == 200) {
            put = put.header("If-Match", current.header("ETag"));
        }
        put.put("/campaign").then().statusCode(200);
        // task-service counts working days on the calendar accountability-service publishes
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.task.baseUrl())
                        .auth()
                        .oauth2(office)
                        .get("/campaign/countdown")
                        .then()
                        .statusCode(200)
                        .body("workingDaysLeft", equalTo(30)));
    }

    /** A PNG with bytes of its own, so that every fix has its own photo. */
    private static byte[] fixPhoto() {
        byte[] png = java.util.Base64.getDecoder()
                .decode(
                        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
        byte[] tail = UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] photo = java.util.Arrays.copyOf(png, png.length + tail.length);
        System.arraycopy(tail, 0, photo, png.length, tail.length);
        return photo;
    }
}
