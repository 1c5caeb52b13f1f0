package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.platform.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 按期整改率, 返工率 and the mean time to rectify, each only from the minimum sample on. */
class UnitRatesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 09:00–17:30 on weekdays. */
    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard(SHANGHAI, Set.of(), Set.of());

    private static Instant at(int day, int hour) {
        return LocalDateTime.of(2026, 11, day, hour, 0).atZone(SHANGHAI).toInstant();
    }

    /** Closed by re-inspection, opened Mon 11-23 09:00 and closed {@code hours} office hours later the same day. */
    private static UnitRates.OrderFacts closed(String unit, int hours, boolean onTime, int reworks) {
        return new UnitRates.OrderFacts(unit, at(23, 9), at(23, 9 + hours), onTime, reworks, false);
    }

    @Test
    void ratesCountFromTheMinimumSampleOn() {
        List<UnitRates.OrderFacts> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(closed("A", 2, true, 0));
        }
        orders.add(closed("A", 6, false, 1));
        // one order closed in an hour does not top the table
        orders.add(closed("B", 1, true, 0));
        Map<String, UnitRates> rates = UnitRates.of(orders, 5, CALENDAR);

        UnitRates a = rates.get("A");
        assertEquals(5, a.closed());
        assertEquals(0, new BigDecimal("0.8").compareTo(a.onTimeRate()));
        assertEquals(5, a.reinspected());
        assertEquals(0, new BigDecimal("0.2").compareTo(a.reworkRate()));
        assertEquals(0, new BigDecimal("2.8").compareTo(a.meanWorkingHoursToRectify()), "(4 × 2 h + 6 h) / 5");
        assertEquals(1, a.onTimeRank());
        assertTrue(a.rated());

        UnitRates b = rates.get("B");
        assertEquals(1, b.closed());
        assertNull(b.onTimeRate());
        assertNull(b.reworkRate());
        assertNull(b.meanWorkingHoursToRectify());
        assertNull(b.onTimeRank(), "no rank below the minimum sample");
        assertFalse(b.rated());
    }

    @Test
    void theMeanTimeIsOfficeTimeNotCalendarTime() {
        // opened Fri 11-27 17:00, closed Mon 11-30 09:30: half an hour on Friday, half an hour on Monday
        UnitRates.OrderFacts overWeekend = new UnitRates.OrderFacts("W", at(27, 17), at(30, 9).plusSeconds(1800),
                true, 0, false);
        UnitRates w = UnitRates.of(List.of(overWeekend), 1, CALENDAR).get("W");
        assertEquals(0, new BigDecimal("1.0").compareTo(w.meanWorkingHoursToRectify()));
    }

    @Test
    void reworkCountsOrdersStillOpenAfterAFailedReinspection() {
        List<UnitRates.OrderFacts> orders = new ArrayList<>();
        orders.add(closed("R", 2, true, 0));
        orders.add(closed("R", 2, true, 2));
        // sent back (复查未通过), not closed yet: re-inspected, reworked, not in the closed sample
        orders.add(new UnitRates.OrderFacts("R", at(23, 9), null, false, 1, false));
        UnitRates r = UnitRates.of(orders, 3, CALENDAR).get("R");
        assertEquals(2, r.closed());
        assertNull(r.onTimeRate(), "two closed orders are below three");
        assertEquals(3, r.reinspected());
        assertEquals(0, new BigDecimal("0.6667").compareTo(r.reworkRate()));
    }

    @Test
    void ordersWithdrawnOnAppealCountInNoRate() {
        List<UnitRates.OrderFacts> orders = new ArrayList<>();
        orders.add(closed("X", 2, true, 0));
        orders.add(new UnitRates.OrderFacts("X", at(23, 9), at(23, 10), true, 0, true));
        UnitRates x = UnitRates.of(orders, 1, CALENDAR).get("X");
        assertEquals(1, x.closed());
        assertEquals(1, x.reinspected());
    }

    @Test
    void equalOnTimeRatesShareARank() {
        List<UnitRates.OrderFacts> orders = new ArrayList<>();
        orders.add(closed("P", 1, true, 0));
        orders.add(closed("Q", 1, true, 0));
        orders.add(closed("S", 1, false, 0));
        Map<String, UnitRates> rates = UnitRates.of(orders, 1, CALENDAR);
        assertEquals(1, rates.get("P").onTimeRank());
        assertEquals(1, rates.get("Q").onTimeRank());
        assertEquals(3, rates.get("S").onTimeRank());
        assertThrows(IllegalArgumentException.class, () -> UnitRates.of(orders, 0, CALENDAR));
    }
}
