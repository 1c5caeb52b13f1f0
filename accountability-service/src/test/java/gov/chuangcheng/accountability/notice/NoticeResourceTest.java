package gov.chuangcheng.accountability.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationTestSupport;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 通报 through the API with real tokens: orders escalated through the real chain (the clock's sweep and the
 * office's hand), a draft assembled, edited, issued and then final; read by a department once issued only.
 */
@QuarkusTest
class NoticeResourceTest {

    /** Monday 2026-10-12 10:00 in Shanghai: a fortnight no other test escalates in. */
    static final Instant MONDAY = Instant.parse("2026-10-12T02:00:00Z");

    static final String RANGE = "?from=2026-10-12&to=2026-10-25";

    @Inject
    RectificationTestSupport support;

    @Inject
    EntityManager em;

    @Inject
    TopicNames topics;

    AdjustableClock clock;
    String office;
    String leader;
    String cgj;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        clock.set(MONDAY);
        support.ensureUnits(
                RectificationTestSupport.department("CGJ", "区城管局"),
                RectificationTestSupport.department("SCJGJ", "区市场监管局"));
        office = KeycloakTokens.forUser("office1");
        leader = KeycloakTokens.forUser("leader1");
        cgj = KeycloakTokens.forUser("cgj1");
    }

    RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    JsonPath draft(String query) {
        return as(office)
                .post("/notices" + query)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    JsonPath issue(String id) {
        return as(office)
                .post("/notices/" + id + "/issue")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static int serial(String documentNumber) {
        Matcher m = Pattern.compile("创城办〔2026〕(\\d+)号").matcher(documentNumber);
        assertTrue(m.matches(), documentNumber);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theOfficeDraftsEditsAndIssuesANoticeTrueToTheHistory() throws Exception {
        // one order climbs by the clock (提醒, 督办 at the deadline, 通报 three working days on), one by a leader's hand
        RectificationOrder overdue =
                support.fail(RectificationTestSupport.unique("P"), "CGJ", "S-NT.1", Severity.GENERAL);
        RectificationOrder instructed =
                support.fail(RectificationTestSupport.unique("P"), "SCJGJ", "S-NT.2", Severity.GENERAL);
        support.escalateTo(instructed.id(), EscalationLevel.TALK);
        clock.set(Instant.parse("2026-10-23T02:00:00Z"));
        support.sweepAll();
        assertEquals(EscalationLevel.NOTICE, support.reload(overdue.id()).level());

        JsonPath d = draft(RANGE);
        String id = d.getString("id");
        assertEquals("DRAFT", d.getString("status"));
        assertEquals("关于2026年10月12日至10月25日整改不力单位的通报", d.getString("title"));
        assertEquals("各责任单位", d.getString("mainRecipients"));
        assertEquals("区委、区政府领导", d.getString("copyRecipients"));
        List<Map<String, Object>> units = d.getList("content.units");
        Map<String, Object> cgjUnit = unit(units, "CGJ");
        Map<String, Object> scjgjUnit = unit(units, "SCJGJ");
        assertEquals("区城管局", cgjUnit.get("unitName"));
        String story = story(cgjUnit, overdue.number());
        assertTrue(story.matches("10月1[0-9]日提醒、(10月15日)?督办后逾期仍未整改，10月20日升级为通报"), story);
        assertEquals("10月12日经领导批示直接升级为约谈", story(scjgjUnit, instructed.number()));
        List<Map<String, Object>> deductions = (List<Map<String, Object>>) scjgjUnit.get("deductions");
        assertTrue(
                deductions.stream().anyMatch(e -> ((Number) e.get("points")).doubleValue() == -5.0),
                "the 约谈 deduction is listed: " + deductions);
        assertEquals(-7.0, ((Number) scjgjUnit.get("deducted")).doubleValue(), "通报 −2 and 约谈 −5: " + scjgjUnit);
        assertTrue(((Map<?, ?>) cgjUnit.get("figures")).get("onTimeDenominator") != null, "figures from the ranking");

        // drafts are the office's and the leaders'
        as(leader).get("/notices/" + id).then().statusCode(200);
        as(cgj).get("/notices/" + id).then().statusCode(404);
        as(cgj).get("/notices").then().statusCode(200).body("items.id", not(hasItem(id)));

        // the framing text is edited against its version
        String etag = as(office)
                .get("/notices/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String edit = "{\"lead\":\"为推动问题整改，现将有关情况通报如下。\",\"addressee\":\"NAMED_UNITS\"}";
        as(office)
                .contentType("application/json")
                .body(edit)
                .put("/notices/" + id)
                .then()
                .statusCode(428);
        as(office)
                .contentType("application/json")
                .header("If-Match", "\"999\"")
                .body(edit)
                .put("/notices/" + id)
                .then()
                .statusCode(412);
        JsonPath edited = as(office)
                .contentType("application/json")
                .header("If-Match", etag)
                .body(edit)
                .put("/notices/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("为推动问题整改，现将有关情况通报如下。", edited.getString("lead"));
        assertTrue(edited.getString("mainRecipients").contains("区城管局"), edited.getString("mainRecipients"));
        assertFalse(edited.getString("mainRecipients").contains("CGJ"));

        JsonPath issued = issue(id);
        String number = issued.getString("documentNumber");
        serial(number);
        assertEquals("ISSUED", issued.getString("status"));
        assertEquals("2026-10-23", issued.getString("issueDate"));
        assertEquals("2026年10月23日", issued.getString("issueWritten"));

        // final from now on: the service refuses in Chinese, the database refuses too
        as(office)
                .contentType("application/json")
                .header("If-Match", "*")
                .body(edit)
                .put("/notices/" + id)
                .then()
                .statusCode(409)
                .body("detail", containsString("已签发"));
        as(office).post("/notices/" + id + "/issue").then().statusCode(409);
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("update notice set lead = 'x' where id = ?1")
                                .setParameter(1, id)
                                .executeUpdate()));
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("delete from notice where id = ?1")
                                .setParameter(1, id)
                                .executeUpdate()));

        // its content is as issued: a later 通报 in the period shows in a new draft, not in it
        RectificationOrder later =
                support.fail(RectificationTestSupport.unique("P"), "CGJ", "S-NT.3", Severity.GENERAL);
        support.escalateTo(later.id(), EscalationLevel.NOTICE);
        as(office)
                .get("/notices/" + id)
                .then()
                .statusCode(200)
                .body("content.units.orders.flatten().number", not(hasItem(later.number())));
        assertTrue(draft(RANGE).getList("content.units.orders.flatten().number").contains(later.number()));

        // a department reads the issued notice, the whole of it
        as(cgj).get("/notices/" + id).then().statusCode(200).body("documentNumber", equalTo(number));
        as(cgj).get("/notices?status=ISSUED").then().statusCode(200).body("items.id", hasItem(id));

        // issuing published the notice through the outbox, in its transaction
        List<JsonNode> events = support.outbox(id, EventCatalog.NOTICE_ISSUED);
        assertEquals(1, events.size());
        JsonNode e = events.get(0);
        assertEquals(number, e.path("documentNumber").asText());
        assertEquals(
                List.of("区委", "区政府领导"),
                List.of(
                        e.path("copyRecipients").get(0).asText(),
                        e.path("copyRecipients").get(1).asText()));
        assertTrue(e.path("mainRecipientUnitCodes").toString().contains("CGJ"), e.toString());
        assertTrue(e.path("units").toString().contains(overdue.number()), e.toString());

        // and the relay put it on the broker, keyed by the notice, for notification-service to route
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.ASSESSMENT))) {
            ConsumerRecord<String, String> record = kafka.await(KafkaEvents.withKey(id), 1, Duration.ofSeconds(30))
                    .get(0);
            assertEquals(EventCatalog.NOTICE_ISSUED.name(), KafkaEvents.header(record, CloudEvents.HEADER_TYPE));
            assertTrue(record.value().contains(number), record.value());
        }

        String html = as(cgj).accept("text/html")
                .get("/notices/" + id)
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();
        assertTrue(html.contains("区创城办文件"), html);
        assertTrue(html.contains(number), html);
        assertTrue(html.contains("区创城办　　2026年10月23日印发"), html);

        byte[] pdf = as(cgj).accept("application/pdf")
                .get("/notices/" + id)
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        // kept for a look at the layout (target/ is the build's)
        Files.write(Path.of("target", "notice-sample.pdf"), pdf);
        PdfCheck.Text text = PdfCheck.read(pdf);
        for (String expected : List.of(
                "关于2026年10月12日至10月25日整改不力单位的通报",
                number,
                "区城管局",
                "区市场监管局",
                overdue.number(),
                instructed.number(),
                "2026年10月23日")) {
            assertTrue(text.compact().contains(expected), expected + " in " + text.compact());
        }
        assertFalse(text.fonts().isEmpty(), "the pages use fonts");
        assertTrue(text.allEmbedded(), "every font is embedded: " + text.fonts());
    }

    @Test
    void numbersFollowEachOtherWithoutGapsEvenWhenIssuedAtOnceOrRolledBack() throws Exception {
        String first = draft("?period=week&date=2026-10-12").getString("id");
        String second = draft("?period=week&date=2026-10-12").getString("id");
        String third = draft("?period=week&date=2026-10-12").getString("id");
        String fourth = draft("?period=week&date=2026-10-12").getString("id");
        String fifth = draft("?period=week&date=2026-10-12").getString("id");
        int n = serial(issue(first).getString("documentNumber"));
        assertEquals(n + 1, serial(issue(second).getString("documentNumber")));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<String> a = pool.submit(() -> {
                go.await();
                return issue(third).getString("documentNumber");
            });
            Future<String> b = pool.submit(() -> {
                go.await();
                return issue(fourth).getString("documentNumber");
            });
            go.countDown();
            List<Integer> both = new ArrayList<>(List.of(serial(a.get()), serial(b.get())));
            Collections.sort(both);
            assertEquals(List.of(n + 2, n + 3), both);
        } finally {
            pool.shutdownNow();
        }

        // an issuance that rolls back gives its number back
        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    notices.issue(fifth, null, "office1");
                    throw new IllegalStateException("the issuing transaction fails after numbering");
                }));
        as(office).get("/notices/" + fifth).then().statusCode(200).body("status", equalTo("DRAFT"));
        assertEquals(n + 4, serial(issue(fifth).getString("documentNumber")));
    }

    @Inject
    NoticeService notices;

    @Inject
    WeeklyNoticeDraft weekly;

    @Test
    void aCorrectionNamesTheNoticeItCorrects() {
        String original = draft("?period=week&date=2026-10-12").getString("id");
        String number = issue(original).getString("documentNumber");
        JsonPath correction = draft("?corrects=" + original);
        assertEquals("关于2026年10月12日至10月18日整改不力单位的通报（更正）", correction.getString("title"));
        assertTrue(correction.getString("correction").contains(number), correction.getString("correction"));
        assertEquals(number, correction.getString("correctsNumber"));
        // only an issued notice is corrected; a draft is edited instead
        as(office)
                .post("/notices?corrects=" + correction.getString("id"))
                .then()
                .statusCode(409);
        as(office)
                .post("/notices?corrects=no-such-notice")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("corrects"));
    }

    @Test
    void theWeeklyDraftIsPreparedOnceForThePastWeekAndNotIssued() {
        clock.set(Instant.parse("2026-10-18T23:30:00Z")); // Monday 2026-10-19 07:30 in Shanghai
        String id = weekly.prepare().orElseThrow();
        assertTrue(weekly.prepare().isEmpty(), "a second run, a restart or another replica prepares none");
        as(office)
                .get("/notices/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("from", equalTo("2026-10-12"))
                .body("to", equalTo("2026-10-18"))
                .body("weeklyOf", equalTo("2026-10-12"))
                .body("title", equalTo("关于2026年10月12日至10月18日整改不力单位的通报"));
        as(office).get("/notices?status=DRAFT&size=500").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void periodsAreParsedAsTheRankingParsesThem() {
        as(office)
                .post("/notices?from=2026-10-25&to=2026-10-12")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
        as(office).post("/notices?from=yesterday").then().statusCode(400).body("errors.field", hasItem("from"));
        as(office).post("/notices").then().statusCode(400).body("errors.field", hasItem("period"));
        as(office).post("/notices?period=fortnight").then().statusCode(400).body("errors.field", hasItem("period"));
        as(office).get("/notices?status=SIGNED").then().statusCode(400).body("errors.field", hasItem("status"));
        as(cgj).post("/notices?period=week").then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> unit(List<Map<String, Object>> units, String code) {
        return units.stream()
                .filter(u -> code.equals(u.get("unitCode")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " is not named: " + units));
    }

    @SuppressWarnings("unchecked")
    static String story(Map<String, Object> unit, String number) {
        return ((List<Map<String, Object>>) unit.get("orders"))
                .stream()
                        .filter(o -> number.equals(o.get("number")))
                        .map(o -> (String) o.get("escalation"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(number + " is not named: " + unit));
    }
}
