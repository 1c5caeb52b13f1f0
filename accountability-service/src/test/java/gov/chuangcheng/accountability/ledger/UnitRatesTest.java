package gov.chuangcheng.accountability.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 按期整改率, 返工率 and the mean time to rectify from a unit's tally, each only from the minimum sample on. */
class UnitRatesTest {

    private static final long HOUR = 3600;

    @Test
    void ratesCountFromTheMinimumSampleOn() {
        Map<String, UnitRates> rates = UnitRates.of(
                List.of(
                        // five closed, four on time, 4 × 2 h + 6 h of office time, five re-inspected of which one
                        // reworked
                        new UnitRates.Tally("A", 5, 4, 14 * HOUR, 5, 1),
                        // one order closed in an hour does not top the table
                        new UnitRates.Tally("B", 1, 1, HOUR, 1, 0)),
                5);

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
    void reworkHasItsOwnSample() {
        // two closed (below three), three re-inspected: the rework rate counts, the on-time rate does not
        UnitRates r = UnitRates.of(List.of(new UnitRates.Tally("R", 2, 2, 4 * HOUR, 3, 2)), 3)
                .get("R");
        assertNull(r.onTimeRate());
        assertNull(r.meanWorkingHoursToRectify());
        assertEquals(0, new BigDecimal("0.6667").compareTo(r.reworkRate()));
    }

    @Test
    void theMeanIsRoundedToATenthOfAnHour() {
        UnitRates m = UnitRates.of(List.of(new UnitRates.Tally("M", 3, 3, 10 * HOUR, 3, 0)), 1)
                .get("M");
        assertEquals(0, new BigDecimal("3.3").compareTo(m.meanWorkingHoursToRectify()));
        assertEquals(0, BigDecimal.ZERO.compareTo(m.reworkRate()));
    }

    @Test
    void equalOnTimeRatesShareARank() {
        List<UnitRates.Tally> tallies = List.of(
                new UnitRates.Tally("P", 1, 1, HOUR, 1, 0),
                new UnitRates.Tally("Q", 1, 1, HOUR, 1, 0),
                new UnitRates.Tally("S", 1, 0, HOUR, 1, 0));
        Map<String, UnitRates> rates = UnitRates.of(tallies, 1);
        assertEquals(1, rates.get("P").onTimeRank());
        assertEquals(1, rates.get("Q").onTimeRank());
        assertEquals(3, rates.get("S").onTimeRank());
        assertThrows(IllegalArgumentException.class, () -> UnitRates.of(tallies, 0));
    }
}
