package gov.chuangcheng.task.dashboard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.assessment.LedgerEntryRecorded;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemResult;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.OrderLink;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard on a small data set checked by hand, fed through the real broker, with real tokens. The active
 * evaluation system during each test is this class's own version (the previously active one is restored after), and
 * the units are this run's own, so other tests cannot move the numbers asserted here.
 */
@QuarkusTest
class DashboardTest {

    static final String SFX = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    static final String VERSION = "DB-" + SFX;
    static final String I1 = "DBI-1-" + SFX;
    static final String I2 = "DBI-2-" + SFX;
    static final String I3 = "DBI-3-" + SFX;
    /** I1: field 4.00 */
    static final String S1 = "DBS-1-" + SFX;
    /** I1: document review 6.00 */
    static final String S2 = "DBS-2-" + SFX;
    /** I2: field 5.00, never inspected */
    static final String S3 = "DBS-3-" + SFX;
    /** I3: online filing 10.00 */
    static final String S4 = "DBS-4-" + SFX;
    /** a standard outside the version, served by the tasks that only feed the on-time task rates */
    static final String ELSEWHERE = "DBS-X-" + SFX;

    static final String UA = "DBU-A-" + SFX;
    static final String UB = "DBU-B-" + SFX;
    static final String UC = "DBU-C-" + SFX;
    static final String UD = "DBU-D-" + SFX;
    static final String UE = "DBU-E-" + SFX;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private String previouslyActive;
    private final List<String> published = new ArrayList<>();

    @BeforeEach
    void activateOwnEvaluationSystem() {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> active = em.createNativeQuery("select version from evaluation_system where active")
                    .getResultList();
            previouslyActive = active.isEmpty() || active.get(0).equals(VERSION) ? null : active.get(0);
            sql(
                    "insert into evaluation_system (version, name, active, imported_at, imported_by) "
                            + "values (?1, '看板测试体系', false, now(), 'test') on conflict do nothing",
                    VERSION);
            sql(
                    "insert into eval_category (version, code, name, ordinal) values (?1, 'DBC', '公共环境', 1) "
                            + "on conflict do nothing",
                    VERSION);
            indicator(I1, "市容环境", 1);
            indicator(I2, "交通秩序", 2);
            indicator(I3, "公益广告", 3);
            standard(S1, I1, "4.00", "0.4", "FIELD_INSPECTION", 1);
            standard(S2, I1, "6.00", "0.6", "DOCUMENT_REVIEW", 2);
            standard(S3, I2, "5.00", "1", "FIELD_INSPECTION", 3);
            standard(S4, I3, "10.00", "1", "ONLINE_FILING", 4);
            sql("update evaluation_system set active = false where active and version <> ?1", VERSION);
            sql("update evaluation_system set active = true where version = ?1", VERSION);
        });
    }

    @AfterEach
    void restoreActiveEvaluationSystem() {
        QuarkusTransaction.requiringNew().run(() -> {
            sql("update evaluation_system set active = false where version = ?1", VERSION);
            if (previouslyActive != null) {
                sql("update evaluation_system set active = true where version = ?1", previouslyActive);
            }
        });
    }

    @Test
    void dashboardOfAHandCheckedDataSet() {
        String office = KeycloakTokens.forUser("office1");
        for (String unit : List.of(UA, UB, UC, UD, UE)) {
            createUnit(office, unit);
        }
        seedTasks();
        publishEvents();
        // every event processed (the duplicates were published before the last event of their key, so they too)
        await().atMost(Duration.ofSeconds(60)).until(() -> processed() == published.size());

        JsonPath dashboard = json(given().auth()
                .oauth2(office)
                .get("/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        // S1 field:      4.00 × 3 passed ÷ 4 inspected (the re-inspection and the redelivery not counted) = 3.00
        // S2 document:   6.00 × 3 COMPLETED ÷ 4 tasks                                                   = 4.50
        // S3 field:      never inspected → 0 (no data)                                                  = 0.00
        // S4 filing:    10.00 × 1 COMPLETED ÷ 5 tasks                                                   = 2.00
        // total 3.00 + 4.50 + 0 + 2.00 = 9.50 of 4 + 6 + 5 + 10 = 25.00
        assertDecimal("9.50", dashboard.get("projectedTotal"));
        assertDecimal("25.00", dashboard.get("fullMarks"));
        // 短板: I2 0 ÷ 5 = 0, I3 2 ÷ 10 = 0.2, I1 7.5 ÷ 10 = 0.75
        assertEquals(List.of(I2, I3, I1), dashboard.getList("weakestIndicators.code"));
        assertThat(dashboard.get("weakestIndicators[0].noData"), equalTo(true));
        assertDecimal("0.2", dashboard.get("weakestIndicators[1].ratio"));
        assertDecimal("7.50", dashboard.get("weakestIndicators[2].projected"));
        assertDecimal("10.00", dashboard.get("weakestIndicators[2].fullMarks"));
        assertThat(dashboard.get("weakestIndicators[2].noData"), equalTo(false));

        Map<String, Object> a = row(dashboard, UA);
        Map<String, Object> b = row(dashboard, UB);
        Map<String, Object> c = row(dashboard, UC);
        Map<String, Object> d = row(dashboard, UD);
        Map<String, Object> e = row(dashboard, UE);
        // scores: D none → starting 100; C 99.00; A 96.50 (the late, older 99.00 entry ignored); B 96.50; E 95.00.
        // Every other unit of this run has no entry (100), so D ranks 1, and A and B share the rank after C, E two
        // after
        assertDecimal("100", d.get("score"));
        assertEquals(1, d.get("rank"));
        assertDecimal("96.50", a.get("score"));
        int rankC = (Integer) c.get("rank");
        assertEquals(rankC + 1, a.get("rank"));
        assertEquals(rankC + 1, b.get("rank"));
        assertEquals(rankC + 3, e.get("rank"));
        // A: tasks 5 on time of 6 come due (5 on time + 1 late; 2 not due yet) = 0.8333;
        //    rectification 4 on time of 5 fixed (the redelivered close, the voided and the merged order not counted)
        //    = 0.8
        assertDecimal("0.8333", a.get("onTimeTaskRate"));
        assertEquals(6, a.get("taskSample"));
        assertDecimal("0.8", a.get("onTimeRectificationRate"));
        assertEquals(5, a.get("rectificationSample"));
        // B: 3 tasks and 2 orders: below the minimum sample of 5 → no rate
        assertNull(b.get("onTimeTaskRate"));
        assertEquals(3, b.get("taskSample"));
        assertNull(b.get("onTimeRectificationRate"));
        assertEquals(2, b.get("rectificationSample"));
        // C: 4 completed on time + 1 overdue = 5 come due (the IN_PROGRESS and NOT_STARTED ones are not) → 4 ÷ 5
        assertDecimal("0.8", c.get("onTimeTaskRate"));
        assertEquals(5, c.get("taskSample"));
        assertNull(c.get("onTimeRectificationRate"));
        assertEquals(0, c.get("rectificationSample"));

        // the unit row alone, as the office and the leader see it
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .get("/dashboard/units/" + UA)
                .then()
                .statusCode(200)
                .body("code", equalTo(UA))
                .body("rank", equalTo(rankC + 1));
    }

    @Test
    void aDepartmentSeesOnlyItsOwnRow() {
        String office = KeycloakTokens.forUser("office1");
        if (given().auth().oauth2(office).get("/units/CGJ").statusCode() == 404) {
            given().auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("{\"code\":\"CGJ\",\"name\":\"区城管局\",\"kind\":\"DEPARTMENT\",\"parentCode\":null}")
                    .post("/units")
                    .then()
                    .statusCode(201);
        }
        String other = "DBU-O-" + SFX;
        createUnit(office, other);
        String cgj1 = KeycloakTokens.forUser("cgj1");
        given().auth().oauth2(cgj1).get("/dashboard").then().statusCode(403);
        given().auth()
                .oauth2(cgj1)
                .get("/dashboard/units/CGJ")
                .then()
                .statusCode(200)
                .body("code", equalTo("CGJ"))
                .body("onTimeRectificationRate", nullValue());
        given().auth().oauth2(cgj1).get("/dashboard/units/" + other).then().statusCode(404);
        given().auth()
                .oauth2(office)
                .get("/dashboard/units/" + other)
                .then()
                .statusCode(200)
                .body("score", equalTo(100));
        given().auth()
                .oauth2(office)
                .get("/dashboard/units/NO-SUCH-" + SFX)
                .then()
                .statusCode(404);
        given().get("/dashboard").then().statusCode(401);
    }

    // --- the data set ----------------------------------------------------------------------------------------------

    private void seedTasks() {
        QuarkusTransaction.requiringNew().run(() -> {
            // A: 5 completed on time, 1 completed late (it was overdue), 2 not due yet
            for (int i = 0; i < 5; i++) {
                task(UA, "COMPLETED", true, false, ELSEWHERE);
            }
            task(UA, "COMPLETED", false, true, ELSEWHERE);
            task(UA, "IN_PROGRESS", null, false, ELSEWHERE);
            task(UA, "IN_PROGRESS", null, false, ELSEWHERE);
            // B: 3 completed on time
            for (int i = 0; i < 3; i++) {
                task(UB, "COMPLETED", true, false, ELSEWHERE);
            }
            // C: S2 3 of 4 completed; S4 1 of 5 completed, one of the others overdue
            for (int i = 0; i < 3; i++) {
                task(UC, "COMPLETED", true, false, S2);
            }
            task(UC, "IN_PROGRESS", null, false, S2);
            task(UC, "COMPLETED", true, false, S4);
            for (int i = 0; i < 3; i++) {
                task(UC, "NOT_STARTED", null, false, S4);
            }
            task(UC, "OVERDUE", null, true, S4);
        });
    }

    private void publishEvents() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
        // inspections, one key so that they are consumed in this order
        String point = "DBP-" + SFX;
        InspectionCompleted first =
                inspection(UA, null, item(S1, true), item(S1, true), item(S1, false), item(null, false));
        String firstId = UUID.randomUUID().toString();
        publish(Topic.INSPECTIONS, EventCatalog.INSPECTION_COMPLETED, point, first, firstId);
        publish(Topic.INSPECTIONS, EventCatalog.INSPECTION_COMPLETED, point, first, firstId); // redelivered
        publish(
                Topic.INSPECTIONS,
                EventCatalog.INSPECTION_COMPLETED,
                point,
                inspection(UA, "ORDER-" + SFX, item(S1, false), item(S1, false)),
                null); // re-inspection
        publish(
                Topic.INSPECTIONS,
                EventCatalog.INSPECTION_COMPLETED,
                point,
                inspection(UB, null, item(S1, true), item(S2, false)),
                null); // S2 is not field-inspected

        // rectifications closed: A 4 on time of 5 (the first redelivered, one an event from before `closure` existed;
        // and one voided and one merged into another order, "on time" both, which are no rectification at all and
        // would make it 6 of 7), B 2 of 2 (and one withdrawn on an upheld appeal, which is no rectification either)
        String episode = point + ":" + S1;
        String closeId = UUID.randomUUID().toString();
        publish(Topic.RECTIFICATIONS, EventCatalog.RECTIFICATION_CLOSED, episode, closed(UA, true, now), closeId);
        publish(Topic.RECTIFICATIONS, EventCatalog.RECTIFICATION_CLOSED, episode, closed(UA, true, now), closeId);
        publish(Topic.RECTIFICATIONS, EventCatalog.RECTIFICATION_CLOSED, episode, closed(UA, true, now, null), null);
        for (boolean onTime : List.of(true, true, false)) {
            publish(Topic.RECTIFICATIONS, EventCatalog.RECTIFICATION_CLOSED, episode, closed(UA, onTime, now), null);
        }
        publish(Topic.RECTIFICATIONS, EventCatalog.RECTIFICATION_CLOSED, episode, closed(UB, true, now), null);
        publish(
                Topic.RECTIFICATIONS,
                EventCatalog.RECTIFICATION_CLOSED,
                episode,
                closed(UB, false, now, Closure.APPEAL_UPHELD),
                null);
        publish(Topic.RECTIFICATIONS, EventCatalog.RECTIFICATION_CLOSED, episode, voided(UA, now), null);
        publish(Topic.RECTIFICATIONS, EventCatalog.RECTIFICATION_CLOSED, episode, merged(UA, now), null);
        publish(Topic.RECTIFICATIONS, EventCatalog.RECTIFICATION_CLOSED, episode, closed(UB, true, now), null);

        // the ledger: A 98.00 then 96.50, then an older entry arriving late; B 96.50; C 99.00; E 95.00; D none
        publish(Topic.ASSESSMENT, EventCatalog.LEDGER_ENTRY_RECORDED, UA, entry(UA, "98.00", now.minusHours(2)), null);
        publish(Topic.ASSESSMENT, EventCatalog.LEDGER_ENTRY_RECORDED, UA, entry(UA, "96.50", now.minusHours(1)), null);
        publish(Topic.ASSESSMENT, EventCatalog.LEDGER_ENTRY_RECORDED, UA, entry(UA, "99.00", now.minusHours(3)), null);
        publish(Topic.ASSESSMENT, EventCatalog.LEDGER_ENTRY_RECORDED, UB, entry(UB, "96.50", now), null);
        publish(Topic.ASSESSMENT, EventCatalog.LEDGER_ENTRY_RECORDED, UC, entry(UC, "99.00", now), null);
        publish(Topic.ASSESSMENT, EventCatalog.LEDGER_ENTRY_RECORDED, UE, entry(UE, "95.00", now), null);
    }

    private static InspectionCompleted inspection(String unit, String reinspectionOf, ItemResult... items) {
        return new InspectionCompleted(
                UUID.randomUUID().toString(),
                new PointRef("DBP-" + SFX, "DBP", "测试农贸市场", "FARMERS_MARKET", "测试路1号", unit, "看板测试" + unit),
                "inspector1",
                OffsetDateTime.now(),
                BigDecimal.TEN,
                BigDecimal.TEN,
                true,
                List.of(items),
                reinspectionOf,
                12,
                false);
    }

    private static ItemResult item(String standard, boolean passed) {
        return new ItemResult(
                "IT-" + UUID.randomUUID().toString().substring(0, 4),
                standard,
                "检查项",
                BigDecimal.ONE,
                BigDecimal.ONE,
                passed,
                Severity.GENERAL);
    }

    private static RectificationClosed closed(String unit, boolean onTime, OffsetDateTime at) {
        return closed(unit, onTime, at, Closure.REINSPECTION);
    }

    private static RectificationClosed closed(String unit, boolean onTime, OffsetDateTime at, Closure closure) {
        return new RectificationClosed(
                new OrderRef(
                        UUID.randomUUID().toString(),
                        "ZG-2026-" + SFX,
                        "DBP-" + SFX,
                        "DBP",
                        "测试农贸市场",
                        S1,
                        "测试标准",
                        unit,
                        "看板测试" + unit,
                        Severity.GENERAL,
                        at,
                        EscalationLevel.NONE),
                "office1",
                onTime,
                at,
                closure);
    }

    /** A voided order (经核实不属实) whose onTime is (wrongly) true: still no rectification. */
    private static RectificationClosed voided(String unit, OffsetDateTime at) {
        RectificationClosed c = closed(unit, true, at, Closure.VOIDED);
        return new RectificationClosed(
                c.order(), c.verifiedBy(), true, at, Closure.VOIDED, "经核实不属实", null, null, List.of());
    }

    /** An order merged into another about the same problem, onTime (wrongly) true: the other order carries on. */
    private static RectificationClosed merged(String unit, OffsetDateTime at) {
        RectificationClosed c = closed(unit, true, at, Closure.MERGED);
        return new RectificationClosed(
                c.order(),
                c.verifiedBy(),
                true,
                at,
                Closure.MERGED,
                "同一问题重复立单",
                new OrderLink(UUID.randomUUID().toString(), "ZG-2026-M" + SFX),
                null,
                List.of());
    }

    private static LedgerEntryRecorded entry(String unit, String newScore, OffsetDateTime at) {
        return new LedgerEntryRecorded(
                UUID.randomUUID().toString(),
                unit,
                "看板测试" + unit,
                "测试扣分",
                new BigDecimal("-1.00"),
                null,
                null,
                EscalationLevel.NONE,
                null,
                new BigDecimal(newScore),
                at);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /**
     * Publishes like {@link TestEvents#publish}, but with the given event id (null: a new one) so that a redelivery
     * of the same event can be simulated.
     */
    private <P extends Record> void publish(Topic topic, EventType<P> type, String key, P payload, String eventId) {
        String id = eventId == null ? UUID.randomUUID().toString() : eventId;
        TestEvents.publishWithId(topics.of(topic), type, key, payload, json, id);
        if (!published.contains(id)) {
            published.add(id);
        }
    }

    private long processed() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from inbox_event where event_id in (:ids)")
                                .setParameter("ids", published)
                                .getSingleResult())
                        .longValue());
    }

    private static void assertDecimal(String expected, Object actual) {
        if (actual == null || new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) != 0) {
            throw new AssertionError("expected " + expected + " but was " + actual);
        }
    }

    private static JsonPath json(String body) {
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static Map<String, Object> row(JsonPath dashboard, String unit) {
        Map<String, Object> row = dashboard.getMap("units.find { it.code == '" + unit + "' }");
        if (row == null) {
            throw new AssertionError("no row for " + unit);
        }
        return row;
    }

    private static void createUnit(String office, String code) {
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"code\":\"%s\",\"name\":\"看板测试%s\",\"kind\":\"DEPARTMENT\",\"parentCode\":null}"
                        .formatted(code, code))
                .post("/units")
                .then()
                .statusCode(201);
    }

    private void task(String lead, String status, Boolean onTime, boolean overdue, String standard) {
        String id = UUID.randomUUID().toString();
        boolean completed = "COMPLETED".equals(status);
        // not-yet-due tasks are due far ahead, so that no overdue sweep of another test touches them
        LocalDate due = completed || overdue
                ? LocalDate.now().minusDays(1)
                : LocalDate.now().plusYears(5);
        Instant now = Instant.now();
        em.createNativeQuery("""
                        insert into task (id, title, lead_unit_code, due_date, status, percent, assigned_by,
                                          completed_at, completed_on_time, overdue_notified_at, version, created_at,
                                          updated_at)
                        values (?1, '看板测试任务', ?2, ?3, ?4, ?5, 'office1', ?6, ?7, ?8, 0, ?9, ?9)""")
                .setParameter(1, id)
                .setParameter(2, lead)
                .setParameter(3, due)
                .setParameter(4, status)
                .setParameter(5, completed ? 100 : 0)
                .setParameter(6, completed ? now : null)
                .setParameter(7, onTime)
                .setParameter(8, overdue ? now : null)
                .setParameter(9, now)
                .executeUpdate();
        em.createNativeQuery("""
                        insert into task_standard (task_id, position, standard_code, standard_name, indicator_code)
                        values (?1, 0, ?2, '看板测试标准', null)""").setParameter(1, id).setParameter(2, standard).executeUpdate();
    }

    private void indicator(String code, String name, int ordinal) {
        sql(
                "insert into eval_indicator (version, code, category_code, name, ordinal) "
                        + "values (?1, ?2, 'DBC', ?3, ?4) on conflict do nothing",
                VERSION,
                code,
                name,
                ordinal);
    }

    private void standard(String code, String indicator, String fullMarks, String weight, String method, int ordinal) {
        sql(
                "insert into eval_standard (version, code, indicator_code, name, full_marks, weight, method, point_types, "
                        + "ordinal) values (?1, ?2, ?3, '看板测试标准', ?4, ?8, ?5, ?6, ?7) on conflict do nothing",
                VERSION,
                code,
                indicator,
                new BigDecimal(fullMarks),
                method,
                "FIELD_INSPECTION".equals(method) ? "FARMERS_MARKET" : "",
                ordinal,
                new BigDecimal(weight));
    }

    private void sql(String statement, Object... parameters) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
