package gov.chuangcheng.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The chain across real processes, each service started from its packaged jar with real PostgreSQL, Kafka, Keycloak
 * and SMTP: the office sets up units, the evaluation system and a checklist; an inspector fails a critical item; the
 * responsible unit gets a rectification order with a working-calendar deadline, an inbox message and a mail; other
 * units cannot see it.
 */
class ChainSystemTest {

    private static final String RUN = "st-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private static final List<ServiceProcess> services = new ArrayList<>();
    private static ServiceProcess task;
    private static ServiceProcess inspection;
    private static ServiceProcess accountability;
    private static ServiceProcess notification;

    @BeforeAll
    static void startServices() throws Exception {
        task = start("task-service", 28081, "cc_task_test");
        inspection = start("inspection-service", 28082, "cc_inspection_test");
        // a drill: critical items are due in 20 s and every rung follows 10 s after the previous one
        accountability = start("accountability-service", 28083, "cc_accountability_test", Map.of(
                "cc.rectification.deadline.critical.office-time", "PT20S",
                "cc.escalation.reminder-before", "PT10S",
                "cc.escalation.notice-after", "PT10S",
                "cc.escalation.talk-after", "PT10S",
                "cc.escalation.accountability-after", "PT10S",
                "cc.escalation.sweep-every", "1s"));
        notification = start("notification-service", 28084, "cc_notification_test");
        for (ServiceProcess s : services) {
            s.awaitReady(Duration.ofSeconds(120));
        }
    }

    private static ServiceProcess start(String module, int port, String database) throws Exception {
        return start(module, port, database, Map.of());
    }

    private static ServiceProcess start(String module, int port, String database, Map<String, String> extra)
            throws Exception {
        Map<String, String> config = new java.util.HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/" + database,
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false",
                "cc.kafka.topic-prefix", RUN,
                "kafka.group.id", RUN + module));
        config.putAll(extra);
        ServiceProcess s = ServiceProcess.start(module, port, config);
        services.add(s);
        return s;
    }

    @AfterAll
    static void stopServices() throws Exception {
        for (ServiceProcess s : services) {
            s.close();
        }
    }

    @Test
    void aUnitCreatedInTaskServiceReachesEveryOtherService() {
        String code = "ST-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().baseUri(task.baseUrl()).auth().oauth2(Tokens.forUser("office1"))
                .contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"name\":\"系统测试局\",\"kind\":\"DEPARTMENT\"}")
                .post("/units").then().statusCode(201);

        String inspector = Tokens.forUser("inspector1");
        for (ServiceProcess s : services) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    given().baseUri(s.baseUrl()).auth().oauth2(inspector).get("/directory/units/" + code)
                            .then().statusCode(200).body("name", equalTo("系统测试局")));
        }
        // an unrelated department cannot see it anywhere
        String cgj = Tokens.forUser("cgj1");
        for (ServiceProcess s : services) {
            given().baseUri(s.baseUrl()).auth().oauth2(cgj).get("/directory/units/" + code).then().statusCode(404);
        }
    }

    /** Steps 1–3 and 6 of the chain. */
    @Test
    void aFailedCriticalItemReachesTheResponsibleUnitAndNobodyElse() throws Exception {
        String office = Tokens.forUser("office1");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String mailbox = "scjgj-liaison-" + suffix + "@chuangcheng.local";

        // 1. the office: units (the market bureau's liaison is the Keycloak user scjgj1), the evaluation system
        ensureUnit(office, "SCJGJ", "区市场监管局", "DEPARTMENT",
                ",\"contacts\":[{\"name\":\"郑联络员\",\"role\":\"LIAISON\",\"email\":\"" + mailbox
                        + "\",\"username\":\"scjgj1\"}]");
        ensureUnit(office, "CGJ", "区城管局", "DEPARTMENT", "");
        String version = "ST-" + suffix;
        given().baseUri(task.baseUrl()).auth().oauth2(office).contentType("text/csv; charset=UTF-8")
                .body(Files.readAllBytes(Path.of("..", "scripts", "seed", "evaluation-system.csv")))
                .post("/evaluation-systems/" + version + "/import").then().statusCode(201);
        given().baseUri(task.baseUrl()).auth().oauth2(office).post("/evaluation-systems/" + version + "/activate")
                .then().statusCode(200);
        roundTheClockCalendar(office);

        // inspection-service learns units and standards from Kafka
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().baseUri(inspection.baseUrl()).auth().oauth2(office).get("/catalogue/standards/S-3.1.5")
                    .then().statusCode(200);
            given().baseUri(inspection.baseUrl()).auth().oauth2(office).get("/directory/units/SCJGJ")
                    .then().statusCode(200);
        });
        String checklist = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("..", "scripts", "seed", "checklists.json").toFile()).get("FARMERS_MARKET").toString();
        if (given().baseUri(inspection.baseUrl()).auth().oauth2(office).get("/checklists/FARMERS_MARKET")
                .statusCode() == 404) {
            given().baseUri(inspection.baseUrl()).auth().oauth2(office).contentType("application/json")
                    .body(checklist).post("/checklists/FARMERS_MARKET/versions").then().statusCode(201);
        }
        String pointCode = "NM-ST-" + suffix;
        given().baseUri(inspection.baseUrl()).auth().oauth2(office).contentType("application/json")
                .body("""
                        {"code":"%s","name":"系统测试农贸市场","type":"FARMERS_MARKET","address":"城关区测试路1号",
                         "latitude":30.27412,"longitude":120.15515,"crs":"WGS84","responsibleUnitCode":"SCJGJ"}
                        """.formatted(pointCode))
                .post("/points").then().statusCode(201);

        // 2. an inspector fails the critical item 生熟分区 (NM-05)
        String items = "[" + String.join(",", java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> "{\"itemCode\":\"NM-0" + i + "\",\"score\":" + (i == 5 ? 2 : 9) + "}").toList()) + "]";
        given().baseUri(inspection.baseUrl()).auth().oauth2(Tokens.forUser("inspector1"))
                .contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"pointCode":"%s","inspectedAt":"%s","latitude":30.27412,"longitude":120.15515,"crs":"WGS84",
                         "items":%s}""".formatted(pointCode, OffsetDateTime.now(ZoneOffset.UTC).withNano(0), items))
                .post("/inspections").then().statusCode(201);

        // 3. exactly one order for the market bureau, due 20 s (the drill's critical deadline) later
        String unit = Tokens.forUser("scjgj1");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(accountability.baseUrl()).auth().oauth2(unit).get("/rectifications?size=500")
                        .then().statusCode(200)
                        .body("items.findAll { it.pointCode == '" + pointCode + "' }.size()", equalTo(1)));
        var order = given().baseUri(accountability.baseUrl()).auth().oauth2(unit).get("/rectifications?size=500")
                .jsonPath().getMap("items.find { it.pointCode == '" + pointCode + "' }");
        org.junit.jupiter.api.Assertions.assertEquals("S-3.1.5", order.get("standardCode"));
        org.junit.jupiter.api.Assertions.assertEquals("CRITICAL", order.get("severity"));
        java.time.Duration due = Duration.between(OffsetDateTime.parse((String) order.get("openedAt")),
                OffsetDateTime.parse((String) order.get("deadline")));
        org.junit.jupiter.api.Assertions.assertEquals(Duration.ofSeconds(20), due, "the configured deadline");

        // ... its inbox message for the liaison and its mail, in Chinese
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(notification.baseUrl()).auth().oauth2(unit).get("/inbox?size=500").then()
                        .statusCode(200)
                        .body("items.findAll { it.title.contains('系统测试农贸市场') && it.eventType == "
                                + "'cc.rectification.opened.v1' }.size()", equalTo(1)));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().get("http://127.0.0.1:8025/api/user/" + mailbox + "/messages/INBOX").then()
                        .statusCode(200)
                        .body("subject", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("【整改通知】"))));

        // 6. another unit's department user sees none of it
        String other = Tokens.forUser("cgj1");
        given().baseUri(accountability.baseUrl()).auth().oauth2(other).get("/rectifications?size=500")
                .then().statusCode(200)
                .body("items.findAll { it.pointCode == '" + pointCode + "' }.size()", equalTo(0));
        given().baseUri(accountability.baseUrl()).auth().oauth2(other).get("/rectifications/" + order.get("id"))
                .then().statusCode(404);
        given().baseUri(accountability.baseUrl()).auth().oauth2(other).contentType("application/json")
                .post("/rectifications/" + order.get("id") + "/acknowledge").then().statusCode(404);
        given().baseUri(notification.baseUrl()).auth().oauth2(other).get("/inbox?size=500").then().statusCode(200)
                .body("items.findAll { it.title.contains('系统测试农贸市场') }.size()", equalTo(0));
    }

    /** Step 4: nobody acts; 提醒 → 督办 → 通报 → 约谈 → 问责 fire in order, each once, and cost the unit its points. */
    @Test
    void nobodyActsAndTheLadderClimbsOnceEachStep() {
        String office = Tokens.forUser("office1");
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String unit = "STU-" + suffix;
        ensureUnit(office, "QLD", "区领导", "LEADERSHIP",
                ",\"contacts\":[{\"name\":\"李区长\",\"role\":\"HEAD\",\"username\":\"leader1\"}]");
        ensureUnit(office, unit, "系统测试局" + suffix, "DEPARTMENT",
                ",\"contacts\":[{\"name\":\"测试局长\",\"role\":\"HEAD\",\"email\":\"head-" + suffix.toLowerCase()
                        + "@chuangcheng.local\"}]");
        ensureUnit(office, "CGJ", "区城管局", "DEPARTMENT", "");
        roundTheClockCalendar(office);
        if (given().baseUri(task.baseUrl()).auth().oauth2(office).get("/evaluation-systems/active").statusCode() == 404) {
            given().baseUri(task.baseUrl()).auth().oauth2(office).contentType("text/csv; charset=UTF-8")
                    .body(readSeed("evaluation-system.csv")).post("/evaluation-systems/L" + suffix + "/import")
                    .then().statusCode(201);
            given().baseUri(task.baseUrl()).auth().oauth2(office).post("/evaluation-systems/L" + suffix + "/activate")
                    .then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().baseUri(inspection.baseUrl()).auth().oauth2(office).get("/catalogue/standards/S-3.1.5")
                    .then().statusCode(200);
            given().baseUri(inspection.baseUrl()).auth().oauth2(office).get("/directory/units/" + unit)
                    .then().statusCode(200);
        });
        if (given().baseUri(inspection.baseUrl()).auth().oauth2(office).get("/checklists/FARMERS_MARKET")
                .statusCode() == 404) {
            given().baseUri(inspection.baseUrl()).auth().oauth2(office).contentType("application/json")
                    .body(farmersMarketChecklist()).post("/checklists/FARMERS_MARKET/versions").then().statusCode(201);
        }
        String pointCode = "NM-L-" + suffix;
        given().baseUri(inspection.baseUrl()).auth().oauth2(office).contentType("application/json")
                .body("""
                        {"code":"%s","name":"阶梯测试市场%s","type":"FARMERS_MARKET","address":"城关区测试路2号",
                         "latitude":30.27412,"longitude":120.15515,"crs":"WGS84","responsibleUnitCode":"%s"}
                        """.formatted(pointCode, suffix, unit))
                .post("/points").then().statusCode(201);
        String items = "[" + String.join(",", java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> "{\"itemCode\":\"NM-0" + i + "\",\"score\":" + (i == 5 ? 2 : 9) + "}").toList()) + "]";
        given().baseUri(inspection.baseUrl()).auth().oauth2(Tokens.forUser("inspector1"))
                .contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"pointCode":"%s","inspectedAt":"%s","latitude":30.27412,"longitude":120.15515,"crs":"WGS84",
                         "items":%s}""".formatted(pointCode, OffsetDateTime.now(ZoneOffset.UTC).withNano(0), items))
                .post("/inspections").then().statusCode(201);

        // the ladder runs by itself: deadline 20 s, then a rung every 10 s
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                given().baseUri(accountability.baseUrl()).auth().oauth2(office)
                        .get("/rectifications?unit=" + unit + "&size=10").then().statusCode(200)
                        .body("items.size()", equalTo(1))
                        .body("items[0].level", equalTo("ACCOUNTABILITY")));
        String orderId = given().baseUri(accountability.baseUrl()).auth().oauth2(office)
                .get("/rectifications?unit=" + unit + "&size=10").path("items[0].id");
        java.util.List<String> climbed = given().baseUri(accountability.baseUrl()).auth().oauth2(office)
                .get("/rectifications/" + orderId).jsonPath()
                .getList("history.findAll { it.action == 'ESCALATED' }.level", String.class);
        org.junit.jupiter.api.Assertions.assertEquals(
                java.util.List.of("REMINDER", "SUPERVISION", "NOTICE", "TALK", "ACCOUNTABILITY"), climbed,
                "each rung once, in order");

        // the ledger: 100 − 2 (通报) − 5 (约谈) − 10 (问责); task-service's ranking follows from the events
        given().baseUri(accountability.baseUrl()).auth().oauth2(office).get("/ledger/units/" + unit)
                .then().statusCode(200).body("score", equalTo(83.0f));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(task.baseUrl()).auth().oauth2(office).get("/dashboard/units/" + unit)
                        .then().statusCode(200).body("score", equalTo(83.0f)));
        int rank = given().baseUri(task.baseUrl()).auth().oauth2(office).get("/dashboard/units/" + unit).path("rank");
        int others = given().baseUri(task.baseUrl()).auth().oauth2(office).get("/dashboard/units/CGJ").path("rank");
        org.junit.jupiter.api.Assertions.assertTrue(rank > others, "the escalated unit ranks below an untouched one");

        // 约谈 reaches the leader: exactly one message for this order's talk
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().baseUri(notification.baseUrl()).auth().oauth2(Tokens.forUser("leader1"))
                        .get("/inbox?size=500").then().statusCode(200)
                        .body("items.findAll { it.title.contains('阶梯测试市场" + suffix + "') && it.title.contains('约谈') }"
                                + ".size()", equalTo(1)));
    }

    private static void roundTheClockCalendar(String office) {
        int year = OffsetDateTime.now(ZoneOffset.ofHours(8)).getYear();
        var calendar = given().baseUri(accountability.baseUrl()).auth().oauth2(office).get("/calendar/" + year);
        if (calendar.statusCode() == 200 && Boolean.TRUE.equals(calendar.path("allDaysWorking"))) {
            return;
        }
        var put = given().baseUri(accountability.baseUrl()).auth().oauth2(office).contentType("application/json")
                .body("{\"zone\":\"Asia/Shanghai\",\"allDaysWorking\":true,\"days\":[]}");
        if (calendar.statusCode() == 200) {
            put = put.header("If-Match", calendar.header("ETag"));
        }
        put.put("/calendar/" + year).then().statusCode(200);
    }

    private static byte[] readSeed(String file) {
        try {
            return Files.readAllBytes(Path.of("..", "scripts", "seed", file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String farmersMarketChecklist() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(Path.of("..", "scripts", "seed", "checklists.json").toFile()).get("FARMERS_MARKET")
                    .toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void ensureUnit(String token, String code, String name, String kind, String extra) {
        if (given().baseUri(task.baseUrl()).auth().oauth2(token).get("/units/" + code).statusCode() == 404) {
            given().baseUri(task.baseUrl()).auth().oauth2(token).contentType("application/json")
                    .body("{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"" + extra + "}")
                    .post("/units").then().statusCode(201);
        }
    }
}
