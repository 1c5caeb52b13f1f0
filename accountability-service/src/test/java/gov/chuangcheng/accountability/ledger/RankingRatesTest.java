package gov.chuangcheng.accountability.ledger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.rectification.InspectionOutcomes;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationTestSupport;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.events.inspection.ReinspectionFailed;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rates per unit in the ranking and its CSV, from orders closed through the real lifecycle. */
@QuarkusTest
class RankingRatesTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    InspectionOutcomes inspections;

    @Inject
    OfficeTimeBackfill backfill;

    @Inject
    CalendarService calendars;

    @Inject
    EntityManager em;

    @Inject
    gov.chuangcheng.accountability.ranking.RankingService ranking;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
    }

    private void failReinspection(RectificationOrder o) {
        inspections.onReinspectionFailed(new ReinspectionFailed(
                o.id(),
                "R-F-" + o.id(),
                RectificationTestSupport.point(o.pointId(), o.unitCode()),
                o.standardCode(),
                BigDecimal.ZERO,
                BigDecimal.ONE,
                "仍有积水",
                List.of(),
                "inspector1",
                OffsetDateTime.now(clock)));
    }

    @Inject
    gov.chuangcheng.accountability.rectification.OfficeLevers levers;

    @Test
    void theRankingAndItsCsvCarryTheRatesFromTheMinimumSampleOn() {
        String rated = RectificationTestSupport.unique("UR");
        String few = RectificationTestSupport.unique("UF");
        support.ensureUnits(
                RectificationTestSupport.department(rated, "率测试单位"), RectificationTestSupport.department(few, "样本少单位"));
        List<RectificationOrder> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(support.fail(RectificationTestSupport.unique("P"), rated, "S-15.1", Severity.GENERAL));
        }
        RectificationOrder single = support.fail(RectificationTestSupport.unique("P"), few, "S-15.1", Severity.GENERAL);
        // voided by the office (作废, e.g. after a unit showed the problem is not real): counts in no rate
        RectificationOrder withdrawn =
                support.fail(RectificationTestSupport.unique("P"), rated, "S-15.1", Severity.GENERAL);
        levers.voidOrder(withdrawn.id(), "经核实不属实", "office1", "*");
        // re-inspected and failed, still open: re-inspected and reworked, not closed
        RectificationOrder stillOpen =
                support.fail(RectificationTestSupport.unique("P"), rated, "S-15.1", Severity.GENERAL);

        clock.advance(Duration.ofHours(1));
        for (RectificationOrder o : List.of(five.get(0), five.get(1), five.get(2), five.get(3), single, stillOpen)) {
            support.submitForVerification(o);
        }
        failReinspection(stillOpen);
        support.passVerification(five.get(0), clock);
        support.passVerification(five.get(1), clock);
        support.passVerification(five.get(2), clock);
        support.passVerification(single, clock);
        // rework (返工): the re-inspection fails once, then the unit fixes it again in time
        RectificationOrder reworked = five.get(3);
        failReinspection(reworked);
        support.submitForVerification(reworked);
        support.passVerification(reworked, clock);
        // late: fixed ten days on
        clock.advance(Duration.ofDays(10));
        support.submitForVerification(five.get(4));
        support.passVerification(five.get(4), clock);
        assertEquals(Boolean.FALSE, support.reload(five.get(4).id()).onTime());
        given().auth()
                .oauth2(KeycloakTokens.forUser("office1"))
                .get("/rectifications/" + reworked.id())
                .then()
                .statusCode(200)
                .body("reinspectionFailures", org.hamcrest.Matchers.equalTo(1));

        List<Map<String, Object>> rows = given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .get("/ledger/ranking")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("units");
        Map<String, Object> r = rows.stream()
                .filter(x -> rated.equals(x.get("unitCode")))
                .findFirst()
                .orElseThrow();
        assertEquals(5, r.get("fixedOrders"));
        // due: the five fixed and the one still open after its failed re-inspection, ten days past its deadline;
        // fixed on time: four of them. Dividing by the closed orders alone would say 80 %
        assertEquals(Map.of("numerator", 4, "denominator", 6, "value", 0.6667f), r.get("onTime"));
        assertEquals(
                Map.of("numerator", 2, "denominator", 6, "value", 0.3333f),
                r.get("rework"),
                "five closed and one sent back; not the one withdrawn");
        assertNotNull(r.get("meanWorkingHoursToFix"));
        assertTrue(((Number) r.get("meanWorkingHoursToFix")).doubleValue() > 1.0);
        Map<String, Object> f = rows.stream()
                .filter(x -> few.equals(x.get("unitCode")))
                .findFirst()
                .orElseThrow();
        assertEquals(1, f.get("fixedOrders"));
        assertNull(((Map<?, ?>) f.get("onTime")).get("value"), "one order closed in an hour does not top the table");
        assertNull(((Map<?, ?>) f.get("rework")).get("value"));
        assertNull(f.get("meanWorkingHoursToFix"));

        String csv = given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .get("/ledger/ranking/export")
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract()
                .asString();
        assertTrue(csv.startsWith("\uFEFF排名,单位编码,单位名称,累计加减分,考核得分（期末累计）,台账条目数,到期整改单数,按期整改数,按期整改率"), csv);
        // a failed re-inspection is rework (返工), counted in the rework rate, not a rung: no entry, no deduction
        assertTrue(csv.contains("," + rated + ",率测试单位,0,100,0,"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.contains(rated) && l.contains(",6,4,66.67%,6,2,33.33%,5,")), csv);
        assertTrue(csv.lines().anyMatch(l -> l.contains(few) && l.contains("样本不足")), csv);

        // a period holding all of it counts the same from the orders' history as the campaign from the orders
        gov.chuangcheng.accountability.ranking.RankingRow inPeriod = QuarkusTransaction.requiringNew()
                .call(() -> ranking
                        .report(gov.chuangcheng.platform.period.Period.range(
                                java.time.LocalDate.parse("2026-11-01"),
                                java.time.LocalDate.parse("2027-01-31"),
                                java.time.ZoneId.of("Asia/Shanghai")))
                        .units()
                        .stream()
                        .filter(x -> rated.equals(x.unitCode()))
                        .findFirst()
                        .orElseThrow());
        assertEquals(new Rate(2, 6, new BigDecimal("0.3333")), inPeriod.rework());
        assertEquals(new Rate(4, 6, new BigDecimal("0.6667")), inPeriod.onTime());
        assertEquals(5, inPeriod.fixedOrders());
        given().get("/ledger/ranking/export").then().statusCode(401);
    }

    @Test
    void anOrderKeepsTheOfficeTimeItTookAndOneClosedBeforeThatGetsItAtStart() {
        String unit = RectificationTestSupport.unique("UB");
        support.ensureUnits(RectificationTestSupport.department(unit, "补算单位"));
        RectificationOrder o = support.fail(RectificationTestSupport.unique("P"), unit, "S-15.1", Severity.GENERAL);
        clock.advance(Duration.ofHours(3));
        support.submitForVerification(o);
        support.passVerification(o, clock);
        RectificationOrder closed = support.reload(o.id());
        Long kept = closed.officeSecondsToClose();
        assertEquals(
                calendars
                        .calendar()
                        .officeTimeBetween(closed.openedAt(), closed.closedAt())
                        .toSeconds(),
                kept);

        // as if closed before the column existed
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "update rectification_order set office_seconds_to_close = null where id = ?1")
                        .setParameter(1, o.id())
                        .executeUpdate());
        assertTrue(backfill.run() >= 1);
        assertEquals(kept, support.reload(o.id()).officeSecondsToClose());
        assertEquals(0, backfill.run(), "nothing left to fill");
    }
}
