package gov.chuangcheng.accountability.ranking;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.ledger.ManualEntries;
import gov.chuangcheng.accountability.ledger.ManualEntryRequest;
import gov.chuangcheng.accountability.rectification.OfficeLevers;
import gov.chuangcheng.accountability.rectification.Orders;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationService;
import gov.chuangcheng.accountability.rectification.RectificationTestSupport;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The figures of a period through the real lifecycle and PostgreSQL: what came due, weeks and months in the district's
 * zone with entries and orders on both sides of their boundaries, and the published ranking.
 */
@QuarkusTest
class RankingPeriodsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    RectificationTestSupport support;

    @Inject
    RectificationService rectifications;

    @Inject
    OfficeLevers levers;

    @Inject
    Orders orders;

    @Inject
    ManualEntries manual;

    @Inject
    RankingService ranking;

    @Inject
    RankingPublisher publisher;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
    }

    private RectificationOrder open(String unit) {
        return support.fail(RectificationTestSupport.unique("P"), unit, "S-15.1", Severity.GENERAL);
    }

    private RankingRow row(Period period, String unit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ranking.report(period).units().stream()
                        .filter(r -> r.unitCode().equals(unit))
                        .findFirst()
                        .orElseThrow());
    }

    private void entry(String unit, String kind, String points, Instant at) {
        clock.set(at);
        manual.record(
                new ManualEntryRequest(unit, kind, new BigDecimal(points), "测试", List.of(), null, null), "office1");
    }

    @Test
    void theOnTimeRateDividesByWhatCameDueOpenOrClosed() {
        String unit = RectificationTestSupport.unique("UD");
        support.ensureUnits(RectificationTestSupport.department(unit, "到期测试单位"));
        RectificationOrder overdue = open(unit);
        RectificationOrder extended = open(unit);
        RectificationOrder suspended = open(unit);
        RectificationOrder voided = open(unit);
        RectificationOrder onTime = open(unit);
        RectificationOrder awaiting = open(unit);
        QuarkusTransaction.requiringNew()
                .run(() -> rectifications.extend(
                        orders.lock(extended.id(), UnitScope.all()), 10, "工程量大", null, "office1"));
        rectifications.suspend(suspended.id(), "道路施工", "office1");
        levers.voidOrder(voided.id(), "经核实不属实", "office1", "*");
        clock.advance(Duration.ofHours(1));
        support.submitForVerification(onTime);
        support.passVerification(onTime, clock);
        support.submitForVerification(awaiting);

        clock.advance(Duration.ofDays(7));
        // due: the one left overdue (open) and the one fixed; not the extended one (its deadline is ahead), the
        // suspended one (no deadline runs), the voided one, nor the one submitted in time and not yet verified
        assertEquals(new Rate(1, 2, null), row(null, unit).onTime());

        support.submitForVerification(extended);
        support.passVerification(extended, clock);
        assertEquals(new Rate(2, 3, null), row(null, unit).onTime(), "fixed by its extended deadline: on time");
        support.passVerification(awaiting, clock);
        assertEquals(new Rate(3, 4, null), row(null, unit).onTime(), "submitted in time, verified later: on time");

        rectifications.resume(suspended.id(), "office1");
        clock.advance(Duration.ofDays(14));
        RankingRow after = row(null, unit);
        assertEquals(
                new Rate(3, 5, new BigDecimal("0.6000")),
                after.onTime(),
                "resumed, its new deadline passed unfixed: due and late");
        assertEquals(new Rate(0, 3, null), after.rework(), "three verified, none failed; the voided one not at all");
        assertEquals(3, after.fixedOrders());
    }

    @Test
    void weeksAndMonthsEndAtMidnightInShanghai() {
        String x = RectificationTestSupport.unique("UX");
        String y = RectificationTestSupport.unique("UY");
        String z = RectificationTestSupport.unique("UZ");
        support.ensureUnits(
                RectificationTestSupport.department(x, "周甲单位"),
                RectificationTestSupport.department(y, "周乙单位"),
                RectificationTestSupport.department(z, "月丙单位"));
        // Sunday 23:59 and Monday 00:01 in Shanghai: 15:59 and 16:01 UTC
        entry(x, "MEDIA_EXPOSURE", "2", Instant.parse("2026-11-29T15:59:00Z"));
        entry(y, "MEDIA_EXPOSURE", "5", Instant.parse("2026-11-29T16:01:00Z"));
        entry(x, "GOOD_PRACTICE", "3", Instant.parse("2026-11-29T16:02:00Z"));
        // 30 November 23:59 and 1 December 00:01 in Shanghai
        entry(z, "MEDIA_EXPOSURE", "1", Instant.parse("2026-11-30T15:59:00Z"));
        entry(z, "MEDIA_EXPOSURE", "4", Instant.parse("2026-11-30T16:01:00Z"));

        Period week = Period.week(LocalDate.parse("2026-12-02"), SHANGHAI);
        Period weekBefore = week.previous();
        RankingRow x1 = row(weekBefore, x);
        assertEquals(0, new BigDecimal("-2").compareTo(x1.periodScore()));
        assertEquals(0, new BigDecimal("98").compareTo(x1.cumulativeScore()), "the score at Sunday 24:00");
        RankingRow x2 = row(week, x);
        RankingRow y2 = row(week, y);
        assertEquals(0, new BigDecimal("3").compareTo(x2.periodScore()));
        assertEquals(0, new BigDecimal("-2").compareTo(x2.previousPeriodScore()));
        assertEquals(0, new BigDecimal("5").compareTo(x2.scoreChange()), "from −2 to +3");
        assertEquals(0, new BigDecimal("101").compareTo(x2.cumulativeScore()));
        assertEquals(0, new BigDecimal("-5").compareTo(y2.periodScore()));
        assertTrue(x2.rank() < y2.rank(), "the week ranks by what the week brought");
        assertTrue(row(weekBefore, y).rank() < x1.rank());
        assertTrue(x2.rankChange() > 0, "risen");
        assertTrue(y2.rankChange() < 0, "fallen");
        assertEquals(x1.rank(), x2.previousRank());

        RankingRow november = row(Period.month(LocalDate.parse("2026-11-15"), SHANGHAI), z);
        RankingRow december = row(Period.month(LocalDate.parse("2026-12-01"), SHANGHAI), z);
        assertEquals(0, new BigDecimal("-1").compareTo(november.periodScore()));
        assertEquals(0, new BigDecimal("99").compareTo(november.cumulativeScore()));
        assertEquals(0, new BigDecimal("-4").compareTo(december.periodScore()));
        assertEquals(0, new BigDecimal("-1").compareTo(december.previousPeriodScore()));
        assertEquals(0, new BigDecimal("95").compareTo(december.cumulativeScore()));
        assertEquals(1, december.entries());
    }

    @Test
    void anOrderCountsInTheWeekItWasOpenedAndInTheWeekItCameDue() {
        String unit = RectificationTestSupport.unique("UW");
        support.ensureUnits(RectificationTestSupport.department(unit, "跨周单位"));
        clock.set(Instant.parse("2026-11-27T02:00:00Z")); // Friday 10:00 in Shanghai
        RectificationOrder o = open(unit);
        Period opened = Period.week(LocalDate.parse("2026-11-27"), SHANGHAI);
        Period next = Period.week(LocalDate.parse("2026-11-30"), SHANGHAI);
        assertTrue(!o.deadline().isBefore(next.start()) && o.deadline().isBefore(next.end()), "due next week");

        clock.set(next.end().minusSeconds(60));
        assertEquals(new Rate(0, 0, null), row(opened, unit).onTime(), "nothing came due in the week it was opened");
        assertEquals(new Rate(0, 1, null), row(opened, unit).disputes(), "received in the week it was opened");
        assertEquals(new Rate(0, 1, null), row(next, unit).onTime(), "due, still open: late");
        assertEquals(new Rate(0, 0, null), row(next, unit).disputes());
        assertEquals(
                new Rate(0, 0, null),
                row(Period.month(LocalDate.parse("2026-11-27"), SHANGHAI), unit).onTime());
        assertEquals(
                new Rate(0, 1, null),
                row(Period.month(LocalDate.parse("2026-12-01"), SHANGHAI), unit).onTime());
    }

    @Test
    void theRankingIsPublishedWhenItsFiguresChangeAndOnlyThen() {
        String unit = RectificationTestSupport.unique("UP");
        support.ensureUnits(RectificationTestSupport.department(unit, "发布测试单位"));
        publisher.publish();
        assertFalse(publisher.publish(), "nothing changed: nothing published");
        int before = support.outbox(RankingPublisher.KEY, EventCatalog.RANKING_PUBLISHED)
                .size();

        entry(unit, "MEDIA_EXPOSURE", "3", clock.instant());
        assertTrue(publisher.publish());
        List<JsonNode> published = support.outbox(RankingPublisher.KEY, EventCatalog.RANKING_PUBLISHED);
        assertEquals(before + 1, published.size());
        JsonNode last = published.get(published.size() - 1);
        JsonNode standing = null;
        for (JsonNode u : last.get("units")) {
            if (unit.equals(u.get("unitCode").asText())) {
                standing = u;
            }
        }
        assertEquals(97.0, standing.get("score").asDouble());
        assertEquals(1, standing.get("entries").asInt());
        assertEquals(0, standing.get("onTime").get("denominator").asInt());
        assertTrue(standing.get("onTime").get("value").isNull());
        assertEquals(64, last.get("rankingId").asText().length());
        RankingRow row = row(null, unit);
        assertEquals(row.rank(), standing.get("rank").asInt(), "the figures of GET /ledger/ranking, as they are");
        assertFalse(publisher.publish());
    }

    @Test
    void theExportsAndTheirRefusals() throws Exception {
        String office = KeycloakTokens.forUser("office1");
        byte[] xlsx = given().auth()
                .oauth2(office)
                .queryParam("format", "xlsx")
                .queryParam("period", "week")
                .queryParam("date", "2026-11-25")
                .get("/ledger/ranking/export")
                .then()
                .statusCode(200)
                .contentType(RankingWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"ranking-2026-11-23-2026-11-29.xlsx\"")
                .extract()
                .asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(
                    "考核排名（2026年11月23日至11月29日）",
                    book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        given().auth()
                .oauth2(office)
                .queryParam("period", "month")
                .queryParam("date", "2026-11-25")
                .get("/ledger/ranking")
                .then()
                .statusCode(200)
                .body("period", org.hamcrest.Matchers.equalTo("month"))
                .body("from", org.hamcrest.Matchers.equalTo("2026-11-01"))
                .body("to", org.hamcrest.Matchers.equalTo("2026-11-30"))
                .body("previousFrom", org.hamcrest.Matchers.equalTo("2026-10-01"))
                .body("written", org.hamcrest.Matchers.equalTo("2026年11月1日至11月30日"))
                .body("rankedBy", org.hamcrest.Matchers.equalTo("PERIOD_SCORE"));
        given().auth()
                .oauth2(office)
                .queryParam("period", "fortnight")
                .get("/ledger/ranking")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("period"));
        given().auth()
                .oauth2(office)
                .queryParam("format", "pdf")
                .get("/ledger/ranking/export")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("format"));
        given().get("/ledger/ranking/export").then().statusCode(401);
    }
}
