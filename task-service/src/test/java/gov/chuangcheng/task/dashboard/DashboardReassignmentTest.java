package gov.chuangcheng.task.dashboard;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.assessment.LedgerEntryRecorded;
import gov.chuangcheng.events.rectification.AppealDecided;
import gov.chuangcheng.events.rectification.AppealDecision;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.Deduction;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationReassigned;
import gov.chuangcheng.events.rectification.UnitLink;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Orders that change hands (改派) or whose deduction is appealed (申诉), fed through the real broker, on this run's own
 * units (deactivated after each test, so that the rankings other tests check are not moved by them). The projection keeps nothing per unit while an order is open: an order counts (按期整改率) once, when it is
 * closed as fixed, for the unit the closing event names, which after a reassignment is the unit it was moved to. The
 * scores move with the ledger entries (the reversals of the first unit's deductions), not with the order events.
 */
@QuarkusTest
class DashboardReassignmentTest {

    static final String SFX = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    static final String STANDARD = "DRS-" + SFX;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    /** ids of the events the projections apply (and so record in the inbox), to wait for */
    private final List<String> applied = new ArrayList<>();

    private final List<String> units = new ArrayList<>();

    @AfterEach
    void deactivateUnits() {
        String office = KeycloakTokens.forUser("office1");
        for (String code : units) {
            String etag = given().auth()
                    .oauth2(office)
                    .get("/units/" + code)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            given().auth()
                    .oauth2(office)
                    .header("If-Match", etag)
                    .contentType("application/json")
                    .body(unitJson(code, false))
                    .put("/units/" + code)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void aReassignedOrderCountsForTheUnitItWasMovedTo() {
        String from = "DRU-A-" + SFX;
        String to = "DRU-B-" + SFX;
        String office = KeycloakTokens.forUser("office1");
        createUnit(office, from);
        createUnit(office, to);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));

        // five orders opened for A, each moved to B (the move redelivered), then fixed under B, four on time; the
        // first closure redelivered too. One key per order, so that each order's events are consumed in this order
        for (int i = 0; i < 5; i++) {
            OrderRef atA = order(from, now.plusDays(3), EscalationLevel.REMINDER);
            OrderRef atB = moved(atA, to, now.plusDays(5));
            String key = atA.episodeKey();
            publish(EventCatalog.RECTIFICATION_OPENED, key, opened(atA, now.minusDays(2)), null, false);
            String moveId = UUID.randomUUID().toString();
            RectificationReassigned move = new RectificationReassigned(
                    atB, link(from), link(to), "责任单位认定有误", true, null, "office1", now.minusDays(1));
            publish(EventCatalog.RECTIFICATION_REASSIGNED, key, move, moveId, false);
            publish(EventCatalog.RECTIFICATION_REASSIGNED, key, move, moveId, false); // redelivered
            String closeId = UUID.randomUUID().toString();
            RectificationClosed fixed = new RectificationClosed(atB, "inspector1", i < 4, now, Closure.REINSPECTION);
            publish(EventCatalog.RECTIFICATION_CLOSED, key, fixed, closeId, true);
            if (i == 0) {
                publish(EventCatalog.RECTIFICATION_CLOSED, key, fixed, closeId, true); // redelivered
            }
        }
        // the ledger: A's rung on one order 98.00, reversed on the move → 100.00; B's own deduction elsewhere 99.00
        String rung = UUID.randomUUID().toString();
        publishEntry(entry(rung, from, "-2.00", null, "98.00", now.minusDays(1).minusHours(1), "ESCALATION"));
        publishEntry(entry(UUID.randomUUID().toString(), from, "2.00", rung, "100.00", now.minusDays(1), "REVERSAL"));
        publishEntry(entry(UUID.randomUUID().toString(), to, "-1.00", null, "99.00", now, "ESCALATION"));
        awaitApplied();

        JsonPath dashboard = dashboard(office);
        Map<String, Object> a = row(dashboard, from);
        Map<String, Object> b = row(dashboard, to);
        // A: none of the five is A's (not as open ones moved away, not as closed ones): no sample, no rate
        assertEquals(0, a.get("rectificationSample"));
        assertNull(a.get("onTimeRectificationRate"));
        assertDecimal("100.00", a.get("score"));
        // B: all five, each once (the redelivered move and closure change nothing): 4 on time of 5
        assertEquals(5, b.get("rectificationSample"));
        assertDecimal("0.8", b.get("onTimeRectificationRate"));
        assertDecimal("99.00", b.get("score"));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(0L, count("select count(*) from dash_rectification_tally where unit_code = ?1", from));
            assertEquals(
                    1L, count("select count(*) from dash_rectification_tally where unit_code = ?1 and closed = 5", to));
        });
    }

    @Test
    void anUpheldAppealOnADeductionLeavesTheOrderGoingOn() {
        String unit = "DRU-C-" + SFX;
        String office = KeycloakTokens.forUser("office1");
        createUnit(office, unit);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));

        // X: the appeal names the contested deduction and is upheld: only that deduction is reversed (on the
        // ledger), the order goes on and is later fixed, on time, which counts
        OrderRef x = order(unit, now.plusDays(1), EscalationLevel.SUPERVISION);
        String rung = UUID.randomUUID().toString();
        Deduction contested = new Deduction(rung, "ESCALATION", new BigDecimal("-3.00"));
        String reversalId = UUID.randomUUID().toString();
        Deduction reversal = new Deduction(reversalId, "REVERSAL", new BigDecimal("3.00"));
        publish(EventCatalog.RECTIFICATION_OPENED, x.episodeKey(), opened(x, now.minusDays(3)), null, false);
        publish(
                EventCatalog.APPEAL_DECIDED,
                x.episodeKey(),
                new AppealDecided(
                        x,
                        UUID.randomUUID().toString(),
                        AppealDecision.UPHELD,
                        "督办扣分有误",
                        contested,
                        reversal,
                        "office1",
                        now.minusDays(1)),
                null,
                false);
        publish(
                EventCatalog.RECTIFICATION_CLOSED,
                x.episodeKey(),
                new RectificationClosed(x, "inspector1", true, now, Closure.REINSPECTION),
                null,
                true);

        // Y, of old: the appeal named no deduction; upheld, it voided the order, and the closure followed (an old
        // one with APPEAL_UPHELD, a newer one VOIDED): never a rectification
        for (Closure closure : List.of(Closure.APPEAL_UPHELD, Closure.VOIDED)) {
            OrderRef y = order(unit, now.plusDays(1), EscalationLevel.REMINDER);
            publish(EventCatalog.RECTIFICATION_OPENED, y.episodeKey(), opened(y, now.minusDays(3)), null, false);
            publish(
                    EventCatalog.APPEAL_DECIDED,
                    y.episodeKey(),
                    new AppealDecided(
                            y, UUID.randomUUID().toString(), AppealDecision.UPHELD, null, "office1", now.minusDays(1)),
                    null,
                    false);
            publish(
                    EventCatalog.RECTIFICATION_CLOSED,
                    y.episodeKey(),
                    new RectificationClosed(y, "office1", false, now.minusDays(1), closure),
                    null,
                    true);
        }

        // the ledger: the contested rung 97.00, its reversal 100.00
        publishEntry(entry(rung, unit, "-3.00", null, "97.00", now.minusDays(2), "ESCALATION"));
        publishEntry(entry(reversalId, unit, "3.00", rung, "100.00", now.minusDays(1), "REVERSAL"));
        awaitApplied();

        Map<String, Object> c = row(dashboard(office), unit);
        assertEquals(1, c.get("rectificationSample"));
        assertNull(c.get("onTimeRectificationRate")); // one order is below the minimum sample
        assertDecimal("100.00", c.get("score"));
        QuarkusTransaction.requiringNew()
                .run(() -> assertEquals(
                        1L,
                        count(
                                "select count(*) from dash_rectification_tally where unit_code = ?1 and closed = 1"
                                        + " and on_time = 1",
                                unit)));
    }

    // --- events ----------------------------------------------------------------------------------------------------

    private static OrderRef order(String unit, OffsetDateTime deadline, EscalationLevel level) {
        String point = "DRP-" + UUID.randomUUID().toString().substring(0, 8);
        return new OrderRef(
                UUID.randomUUID().toString(),
                "ZG-2026-" + SFX,
                point,
                point,
                "测试点位",
                STANDARD,
                "测试标准",
                unit,
                "看板测试" + unit,
                Severity.GENERAL,
                deadline,
                level);
    }

    /** The order after the move: the new unit, a fresh deadline, back at no rung. */
    private static OrderRef moved(OrderRef order, String unit, OffsetDateTime deadline) {
        return new OrderRef(
                order.id(),
                order.number(),
                order.pointId(),
                order.pointCode(),
                order.pointName(),
                order.standardCode(),
                order.standardName(),
                unit,
                "看板测试" + unit,
                order.severity(),
                deadline,
                EscalationLevel.NONE);
    }

    private static RectificationOpened opened(OrderRef order, OffsetDateTime at) {
        return new RectificationOpened(
                order, OrderSource.INSPECTION, UUID.randomUUID().toString(), "测试问题", List.of(), false, at);
    }

    private static UnitLink link(String unit) {
        return new UnitLink(unit, "看板测试" + unit);
    }

    private static LedgerEntryRecorded entry(
            String id, String unit, String points, String reversalOf, String newScore, OffsetDateTime at, String kind) {
        return new LedgerEntryRecorded(
                id,
                unit,
                "看板测试" + unit,
                "测试",
                new BigDecimal(points),
                null,
                null,
                EscalationLevel.NONE,
                reversalOf,
                new BigDecimal(newScore),
                at,
                kind,
                null,
                List.of(),
                null);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /**
     * Publishes with the given event id (null: a new one). {@code handled}: the dashboard applies this type, so its id
     * lands in the inbox; the types it skips are not recorded, but they come before a handled one of their key.
     */
    private <P extends Record> void publish(EventType<P> type, String key, P payload, String eventId, boolean handled) {
        String id = eventId == null ? UUID.randomUUID().toString() : eventId;
        TestEvents.publishWithId(topics.of(Topic.RECTIFICATIONS), type, key, payload, json, id);
        if (handled && !applied.contains(id)) {
            applied.add(id);
        }
    }

    private void publishEntry(LedgerEntryRecorded entry) {
        String id = TestEvents.publish(
                topics.of(Topic.ASSESSMENT), EventCatalog.LEDGER_ENTRY_RECORDED, entry.unitCode(), entry, json);
        applied.add(id);
    }

    private void awaitApplied() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> QuarkusTransaction.requiringNew()
                                .call(() -> count("select count(*) from inbox_event where event_id in (:ids)", null))
                        == applied.size());
    }

    private long count(String sql, String unit) {
        var query = em.createNativeQuery(sql);
        if (unit == null) {
            query.setParameter("ids", applied);
        } else {
            query.setParameter(1, unit);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static JsonPath dashboard(String office) {
        return new JsonPath(given().auth()
                        .oauth2(office)
                        .get("/dashboard")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static Map<String, Object> row(JsonPath dashboard, String unit) {
        Map<String, Object> row = dashboard.getMap("units.find { it.code == '" + unit + "' }");
        if (row == null) {
            throw new AssertionError("no row for " + unit);
        }
        return row;
    }

    private static void assertDecimal(String expected, Object actual) {
        if (actual == null || new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) != 0) {
            throw new AssertionError("expected " + expected + " but was " + actual);
        }
    }

    private void createUnit(String office, String code) {
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(unitJson(code, true))
                .post("/units")
                .then()
                .statusCode(201);
        units.add(code);
    }

    private static String unitJson(String code, boolean active) {
        return "{\"code\":\"%s\",\"name\":\"看板测试%s\",\"kind\":\"DEPARTMENT\",\"parentCode\":null,\"active\":%s}"
                .formatted(code, code, active);
    }
}
