package gov.chuangcheng.task.dashboard;

import static gov.chuangcheng.task.dashboard.DashboardDataSet.inspection;
import static gov.chuangcheng.task.dashboard.DashboardDataSet.item;
import static gov.chuangcheng.task.dashboard.RankingFixtures.assertRate;
import static gov.chuangcheng.task.dashboard.RankingFixtures.quiet;
import static gov.chuangcheng.task.dashboard.RankingFixtures.ranking;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.inspection.InspectionCompleted;
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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's own figures (the projected score, the weakest indicators, the on-time task rates) on a small data
 * set checked by hand, fed through the real broker, with real tokens. The active evaluation system during each test is
 * this class's own version (the previously active one is restored after), and the units are this run's own, so other
 * tests cannot move the numbers asserted here. The units shown are those of a ranking published here as
 * accountability-service would (its figures as published: {@link DashboardRankingTest}).
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

    static final String POINT = "DBP-" + SFX;

    static final String UA = "DBU-A-" + SFX;
    static final String UB = "DBU-B-" + SFX;
    static final String UC = "DBU-C-" + SFX;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private String previouslyActive;
    private final List<String> published = new ArrayList<>();
    private RankingFixtures rankings;
    private DashboardDataSet data;

    @BeforeEach
    void activateOwnEvaluationSystem() {
        rankings = new RankingFixtures(topics, json, em);
        data = new DashboardDataSet(em, VERSION);
        // the dashboard keeps one ranking for the service: start from none, so that this test's is the latest
        rankings.forgetPublications();
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<String> active = em.createNativeQuery("select version from evaluation_system where active")
                    .getResultList();
            previouslyActive = active.isEmpty() || active.get(0).equals(VERSION) ? null : active.get(0);
            data.sql(
                    "insert into evaluation_system (version, name, active, imported_at, imported_by) "
                            + "values (?1, '看板测试体系', false, now(), 'test') on conflict do nothing",
                    VERSION);
            data.sql(
                    "insert into eval_category (version, code, name, ordinal) values (?1, 'DBC', '公共环境', 1) "
                            + "on conflict do nothing",
                    VERSION);
            data.indicator(I1, "市容环境", 1);
            data.indicator(I2, "交通秩序", 2);
            data.indicator(I3, "公益广告", 3);
            data.standard(S1, I1, "4.00", "0.4", "FIELD_INSPECTION", 1);
            data.standard(S2, I1, "6.00", "0.6", "DOCUMENT_REVIEW", 2);
            data.expects(S2, "工作方案", "工作台账");
            data.standard(S3, I2, "5.00", "1", "FIELD_INSPECTION", 3);
            data.standard(S4, I3, "10.00", "1", "ONLINE_FILING", 4);
            data.sql("update evaluation_system set active = false where active and version <> ?1", VERSION);
            data.sql("update evaluation_system set active = true where version = ?1", VERSION);
        });
    }

    @AfterEach
    void restoreActiveEvaluationSystem() {
        QuarkusTransaction.requiringNew().run(() -> {
            data.sql("update evaluation_system set active = false where version = ?1", VERSION);
            if (previouslyActive != null) {
                data.sql("update evaluation_system set active = true where version = ?1", previouslyActive);
            }
        });
    }

    @Test
    void dashboardOfAHandCheckedDataSet() {
        String office = KeycloakTokens.forUser("office1");
        for (String unit : List.of(UA, UB, UC)) {
            createUnit(office, unit);
        }
        seedTasks();
        publishEvents();
        rankings.publishAndAwait(ranking(RankingFixtures.now(), quiet(1, UC), quiet(2, UA), quiet(3, UB)));
        // every event processed (the duplicates were published before the last event of their key, so they too)
        await().atMost(Duration.ofSeconds(60)).until(() -> processed() == published.size());

        JsonPath dashboard = json(given().auth()
                .oauth2(office)
                .get("/dashboard")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        // S1 field: each point's latest result within the field window — P1 passes (its fix verified), P2 passes,
        //           P5 fails (the older pass arrived late); P3 was only re-inspected, P4 is 40 days old
        //           → 4.00 × 2 ÷ 3 = 2.6667
        // S2 document:   6.00 × 1 of its 2 expected materials accepted (工作方案; 工作台账 returned)           = 3.00
        //                 (its tasks, 3 of 4 completed, do not score it: the office's review does)
        // S3 field:      never inspected → no data, left out of the projection
        // S4 filing:    10.00 × 0 ÷ 1: no list, its one reviewed file returned (the one not reviewed counts not) = 0.00
        // total 2.6667 + 3.00 + 0.00 = 5.67 over the 20.00 marks with data, of 4 + 6 + 5 + 10 = 25.00: coverage 0.8
        assertDecimal("5.67", dashboard.get("projectedTotal"));
        assertDecimal("25.00", dashboard.get("fullMarks"));
        assertDecimal("20.00", dashboard.get("coveredMarks"));
        assertDecimal("0.8000", dashboard.get("coverage"));
        // 短板: the standards with data that lose the most: S4 10.00, S2 3.00, S1 1.33
        assertEquals(List.of(S4, S2, S1), dashboard.getList("weakestStandards.code"));
        assertDecimal("10.00", dashboard.get("weakestStandards[0].lost"));
        assertDecimal("0.00", dashboard.get("weakestStandards[0].projected"));
        assertEquals(1, (int) dashboard.get("weakestStandards[0].evidence.denominator"));
        assertEquals(1, (int) dashboard.get("weakestStandards[1].evidence.numerator"));
        assertEquals(2, (int) dashboard.get("weakestStandards[1].evidence.denominator"));
        assertDecimal("1.33", dashboard.get("weakestStandards[2].lost"));
        assertEquals(2, (int) dashboard.get("weakestStandards[2].evidence.numerator"));
        assertEquals(3, (int) dashboard.get("weakestStandards[2].evidence.denominator"));
        // the indicators with data, lowest ratio first: I3 0 ÷ 10 = 0, I1 5.6667 ÷ 10 = 0.5667; I2 has none
        assertEquals(List.of(I3, I1), dashboard.getList("weakestIndicators.code"));
        assertDecimal("0", dashboard.get("weakestIndicators[0].ratio"));
        assertDecimal("5.67", dashboard.get("weakestIndicators[1].projected"));
        assertDecimal("10.00", dashboard.get("weakestIndicators[1].fullMarks"));
        assertThat(dashboard.get("weakestIndicators[1].noData"), equalTo(false));

        // the units in the published order; beside each, its on-time task rate (按期完成率), tasks that came due
        // (completed, or found overdue) being the denominator
        assertEquals(List.of(UC, UA, UB), dashboard.getList("units.code"));
        // A: 5 on time of 6 come due (5 on time + 1 late; 2 not due yet) = 0.8333
        assertRate(row(dashboard, UA).get("onTimeTaskRate"), 5, 6, "0.8333");
        // B: 3 of 3, below the minimum sample of 5 → no value
        assertRate(row(dashboard, UB).get("onTimeTaskRate"), 3, 3, null);
        // C: 4 completed on time + 1 overdue = 5 come due (the IN_PROGRESS and NOT_STARTED ones are not) → 4 ÷ 5
        assertRate(row(dashboard, UC).get("onTimeTaskRate"), 4, 5, "0.8000");

        // the unit row alone, as the office and the leader see it
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .get("/dashboard/units/" + UA)
                .then()
                .statusCode(200)
                .body("code", equalTo(UA))
                .body("rank", equalTo(2))
                .body("onTimeTaskRate.numerator", equalTo(5))
                .body("onTimeTaskRate.denominator", equalTo(6));
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
        rankings.publishAndAwait(ranking(RankingFixtures.now(), quiet(1, "CGJ"), quiet(2, other)));
        String cgj1 = KeycloakTokens.forUser("cgj1");
        given().auth().oauth2(cgj1).get("/dashboard").then().statusCode(403);
        given().auth()
                .oauth2(cgj1)
                .get("/dashboard/units/CGJ")
                .then()
                .statusCode(200)
                .body("code", equalTo("CGJ"))
                .body("onTime.value", nullValue());
        given().auth().oauth2(cgj1).get("/dashboard/units/" + other).then().statusCode(404);
        given().auth()
                .oauth2(office)
                .get("/dashboard/units/" + other)
                .then()
                .statusCode(200)
                .body("score", equalTo(100.0f));
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
                data.task(UA, "COMPLETED", true, false, ELSEWHERE);
            }
            data.task(UA, "COMPLETED", false, true, ELSEWHERE);
            data.task(UA, "IN_PROGRESS", null, false, ELSEWHERE);
            data.task(UA, "IN_PROGRESS", null, false, ELSEWHERE);
            // B: 3 completed on time
            for (int i = 0; i < 3; i++) {
                data.task(UB, "COMPLETED", true, false, ELSEWHERE);
            }
            // C: S2 3 of 4 completed; S4 1 of 5 completed, one of the others overdue
            for (int i = 0; i < 3; i++) {
                data.task(UC, "COMPLETED", true, false, S2);
            }
            data.task(UC, "IN_PROGRESS", null, false, S2);
            data.task(UC, "COMPLETED", true, false, S4);
            for (int i = 0; i < 3; i++) {
                data.task(UC, "NOT_STARTED", null, false, S4);
            }
            data.task(UC, "OVERDUE", null, true, S4);
            // C's materials as the office's reviews left them
            data.material(S2, "工作方案", UC, "ACCEPTED");
            data.material(S2, "工作台账", UC, "RETURNED");
            data.material(S4, null, UC, "RETURNED");
            data.material(S4, null, UC, "SUBMITTED");
        });
    }

    private void publishEvents() {
        OffsetDateTime now = OffsetDateTime.now();
        // P1: the patrol fails S1 (one item of three), is redelivered, and the fix's re-inspection passes it
        InspectionCompleted first = inspection(
                POINT + "-1",
                UA,
                null,
                now.minusHours(3),
                item(S1, true),
                item(S1, true),
                item(S1, false),
                item(null, false));
        String firstId = UUID.randomUUID().toString();
        publish(Topic.INSPECTIONS, EventCatalog.INSPECTION_COMPLETED, POINT + "-1", first, firstId);
        publish(Topic.INSPECTIONS, EventCatalog.INSPECTION_COMPLETED, POINT + "-1", first, firstId); // redelivered
        publish(
                Topic.INSPECTIONS,
                EventCatalog.INSPECTION_COMPLETED,
                POINT + "-1",
                inspection(POINT + "-1", UA, "ORDER-" + SFX, now.minusHours(1), item(S1, true), item(S1, true)),
                null);
        // P2: S1 passes (S2 is not field-inspected: it scores on its tasks)
        publish(
                Topic.INSPECTIONS,
                EventCatalog.INSPECTION_COMPLETED,
                POINT + "-2",
                inspection(POINT + "-2", UB, null, now.minusHours(2), item(S1, true), item(S2, false)),
                null);
        // P3: a re-inspection of a point no patrol sampled adds no point
        publish(
                Topic.INSPECTIONS,
                EventCatalog.INSPECTION_COMPLETED,
                POINT + "-3",
                inspection(POINT + "-3", UA, "ORDER-3-" + SFX, now.minusHours(2), item(S1, false)),
                null);
        // P4: failed, but 40 days ago: older than the field window, no longer the point's state
        publish(
                Topic.INSPECTIONS,
                EventCatalog.INSPECTION_COMPLETED,
                POINT + "-4",
                inspection(POINT + "-4", UC, null, now.minusDays(40), item(S1, false)),
                null);
        // P5: fails now; an older patrol that passed arrives late and changes nothing
        publish(
                Topic.INSPECTIONS,
                EventCatalog.INSPECTION_COMPLETED,
                POINT + "-5",
                inspection(POINT + "-5", UC, null, now.minusHours(1), item(S1, false)),
                null);
        publish(
                Topic.INSPECTIONS,
                EventCatalog.INSPECTION_COMPLETED,
                POINT + "-5",
                inspection(POINT + "-5", UC, null, now.minusHours(5), item(S1, true)),
                null);
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
}
