package gov.chuangcheng.platform.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.chuangcheng.platform.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.parse("2026-12-03"); // a Thursday

    static Period parse(String period, String date, String from, String to) {
        return Period.parse(new Period.Query(period, date, from, to), TODAY, 30, 366, SHANGHAI);
    }

    @Test
    void aWeekRunsMondayToSundayInTheDistrictZone() {
        Period week = parse("week", null, null, null);
        assertEquals(Period.Kind.WEEK, week.kind());
        assertEquals(LocalDate.parse("2026-11-30"), week.from());
        assertEquals(LocalDate.parse("2026-12-06"), week.to());
        // 00:00 Monday in Shanghai is 16:00 UTC on Sunday
        assertEquals(Instant.parse("2026-11-29T16:00:00Z"), week.start());
        assertEquals(Instant.parse("2026-12-06T16:00:00Z"), week.end());
        assertEquals("2026年11月30日至12月6日", week.written());
    }

    @Test
    void theWeekBeforeAndTheMonthBefore() {
        assertEquals(
                Period.week(LocalDate.parse("2026-11-23"), SHANGHAI),
                parse("week", null, null, null).previous());
        Period january = parse("month", "2027-01-15", null, null);
        assertEquals(LocalDate.parse("2027-01-01"), january.from());
        assertEquals(LocalDate.parse("2027-01-31"), january.to());
        Period december = january.previous();
        assertEquals(LocalDate.parse("2026-12-01"), december.from());
        assertEquals(LocalDate.parse("2026-12-31"), december.to());
        assertEquals("2026年12月1日至12月31日", december.written());
        // February after a 31-day month has 28 days
        Period february = Period.month(LocalDate.parse("2027-03-31"), SHANGHAI).previous();
        assertEquals(LocalDate.parse("2027-02-28"), february.to());
    }

    @Test
    void aRangeIsPrecededByAsManyDays() {
        Period range = parse(null, null, "2026-12-01", "2026-12-10");
        assertEquals(Period.Kind.RANGE, range.kind());
        Period before = range.previous();
        assertEquals(LocalDate.parse("2026-11-21"), before.from());
        assertEquals(LocalDate.parse("2026-11-30"), before.to());
        assertEquals("2026年12月3日", Period.range(TODAY, TODAY, SHANGHAI).written());
        assertEquals(
                "2026年12月28日至2027年1月3日",
                Period.week(LocalDate.parse("2027-01-01"), SHANGHAI).written());
    }

    @Test
    void withoutParametersTheLastDefaultDays() {
        Period period = parse(null, null, null, null);
        assertEquals(TODAY, period.to());
        assertEquals(30, period.days());
    }

    @Test
    void contradictionsAreRefusedNamingTheParameter() {
        assertEquals("period", field(() -> parse("fortnight", null, null, null)));
        assertEquals("from", field(() -> parse("week", null, "2026-12-01", null)));
        assertEquals("date", field(() -> parse(null, "2026-12-01", null, null)));
        assertEquals("date", field(() -> parse("month", "2026-13-01", null, null)));
        assertEquals("from", field(() -> parse(null, null, "2026-12-05", "2026-12-01")));
        assertEquals("to", field(() -> parse(null, null, "2025-01-01", "2026-12-01")));
    }

    private static String field(Runnable parse) {
        ProblemException refused = assertThrows(ProblemException.class, parse::run);
        return refused.errors().get(0).field();
    }
}
