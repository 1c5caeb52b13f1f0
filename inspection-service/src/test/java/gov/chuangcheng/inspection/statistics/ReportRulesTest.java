package gov.chuangcheng.inspection.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.chuangcheng.inspection.point.Geo;
import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the reports without Quarkus: the period echoed, rates and their order, coverage windows, map boxes. */
class ReportRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static String field(org.junit.jupiter.api.function.Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(400, e.status());
        return e.errors().get(0).field();
    }

    @Test
    void theReportEchoesThePeriodAsTheQueryNamesIt() {
        Period week = Period.parse(new Period.Query("week", "2026-11-25", null, null), TODAY, 30, 366, SHANGHAI);
        assertEquals(
                new ReportPeriod("week", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29), "Asia/Shanghai"),
                ReportPeriod.of(week));
        assertEquals(
                "range",
                ReportPeriod.of(Period.parse(Period.Query.range(null, null), TODAY, 30, 366, SHANGHAI))
                        .kind());
    }

    @Test
    void ratesAreFractionsWithFourPlacesRoundedHalfUp() {
        assertEquals(new BigDecimal("0.6667"), Rates.rate(2, 3));
        assertEquals(new BigDecimal("1.0000"), Rates.rate(5, 5));
        assertEquals(new BigDecimal("0.0000"), Rates.rate(0, 7));
        assertEquals(new BigDecimal("0.1250"), Rates.rate(1, 8));
        assertNull(Rates.rate(0, 0));
        // below the minimum sample only the counts are answered
        assertNull(Rates.rate(4, 4, 5));
        assertEquals(new BigDecimal("0.8000"), Rates.rate(4, 5, 5));
        assertNull(Rates.rate(0, 0, 0));
        assertEquals(new BigDecimal("2.5000"), Rates.rate(5, 2, 1));
    }

    @Test
    void rowsAreWorstFirstThenTheMostInspected() {
        List<PassRateRow> rows = new ArrayList<>(List.of(
                row("A", 4, 4), row("B", 2, 1), row("C", 10, 5), row(null, 3, 0), row("D", 5, 5), row("E", 6, 0)));
        rows.sort(PassRateRow.WORST_FIRST);
        // E, C and D have enough inspections for a rate; the rest, without one, by how many were inspected
        assertEquals(
                java.util.Arrays.asList("E", "C", "D", "A", null, "B"),
                rows.stream().map(PassRateRow::key).toList());
        assertEquals(5, rows.get(1).failed());
    }

    private static PassRateRow row(String key, long inspected, long passed) {
        return PassRateRow.of(key, "名", PassRateRow.Counts.inspections(inspected, passed, 0, 0), 5);
    }

    @Test
    void byNamesOneOfTheDimensions() {
        assertEquals(PassRateDimension.POINT_TYPE, PassRateDimension.parse("pointType"));
        assertEquals(PassRateDimension.STANDARD, PassRateDimension.parse("standard"));
        assertEquals(true, PassRateDimension.STANDARD.countsItems());
        assertEquals(true, PassRateDimension.UNIT.countsReports());
        assertEquals(true, PassRateDimension.STREET.countsReports());
        assertEquals(false, PassRateDimension.POINT_TYPE.countsReports());
        assertEquals("by", field(() -> PassRateDimension.parse("district")));
        assertEquals("by", field(() -> PassRateDimension.parse(null)));
    }

    @Test
    void coverageCountsCalendarDaysInBeijingTodayIncluded() {
        CoverageWindow week = CoverageWindow.of(null, 7, TODAY, SHANGHAI);
        assertEquals(7, week.days());
        assertEquals(LocalDate.of(2026, 11, 19), week.firstDay());
        assertEquals(Instant.parse("2026-11-18T16:00:00Z"), week.since());
        assertEquals(TODAY, CoverageWindow.of("1", 7, TODAY, SHANGHAI).firstDay());
        // 23:30 UTC on the 24th is 07:30 on the 25th in Beijing: today, 0 days ago
        assertEquals(0L, week.daysSince(Instant.parse("2026-11-24T23:30:00Z")));
        assertEquals(10L, week.daysSince(Instant.parse("2026-11-15T02:00:00Z")));
        assertNull(week.daysSince(null));
        assertEquals("days", field(() -> CoverageWindow.of("0", 7, TODAY, SHANGHAI)));
        assertEquals("days", field(() -> CoverageWindow.of("367", 7, TODAY, SHANGHAI)));
        assertEquals("days", field(() -> CoverageWindow.of("a week", 7, TODAY, SHANGHAI)));
    }

    @Test
    void aMapBoxIsMinLonMinLatMaxLonMaxLat() {
        Geo.BoundingBox box = BoundingBoxes.parse("120.10, 30.20,120.30,30.35");
        assertEquals(new Geo.BoundingBox(30.20, 30.35, 120.10, 120.30), box);
        assertNull(BoundingBoxes.parse(" "));
        assertEquals("bbox", field(() -> BoundingBoxes.parse("120.1,30.2,120.3")));
        assertEquals("bbox", field(() -> BoundingBoxes.parse("east,30.2,120.3,30.3")));
        assertEquals("bbox", field(() -> BoundingBoxes.parse("120.3,30.2,120.1,30.3")));
        assertEquals("bbox", field(() -> BoundingBoxes.parse("120.1,-95,120.3,30.3")));
        assertEquals("bbox", field(() -> BoundingBoxes.parse("120.1,NaN,120.3,30.3")));
    }
}
