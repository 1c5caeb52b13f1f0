package gov.chuangcheng.accountability.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gov.chuangcheng.events.assessment.Rate;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureCountsTest {

    static final long HOUR = 3600;

    @Test
    void theOnTimeRateDividesByTheOrdersThatCameDueNotByThoseClosed() {
        // 数字城管: 737 fixed on time of 972 due = 75.82 %, however many of the 972 were closed
        UnitFigures f = new FigureCounts(972, 737, 0, 0, 800, 800 * HOUR, 0, 0, 0).figures(5);
        assertEquals(new Rate(737, 972, new BigDecimal("0.7582")), f.onTime());
        assertEquals(new BigDecimal("1.0"), f.meanWorkingHoursToFix());
    }

    @Test
    void everyRateIsNullBelowTheMinimumSampleButKeepsWhatItDivides() {
        UnitFigures f = new FigureCounts(4, 4, 4, 1, 4, 4 * HOUR, 1, 1, 3).figures(5);
        assertEquals(new Rate(4, 4, null), f.onTime());
        assertEquals(new Rate(1, 4, null), f.rework());
        assertNull(f.meanWorkingHoursToFix());
        assertEquals(4, f.fixedOrders());
        // the unit received 4: the 3 it still has and the one moved away on its dispute
        assertEquals(new Rate(1, 4, null), f.disputes());
        assertEquals(1, f.disputesReassigned());
    }

    @Test
    void nothingDueIsNoRateAtAll() {
        UnitFigures f = FigureCounts.NONE.figures(1);
        assertEquals(new Rate(0, 0, null), f.onTime());
        assertEquals(new Rate(0, 0, null), f.rework());
        assertNull(f.meanWorkingHoursToFix());
    }

    @Test
    void countsOfOneUnitFromSeveralQueriesAddUp() {
        FigureCounts due = new FigureCounts(6, 5, 0, 0, 0, 0, 0, 0, 0);
        FigureCounts verified = new FigureCounts(0, 0, 6, 2, 0, 0, 0, 0, 0);
        UnitFigures f = due.plus(verified).figures(5);
        assertEquals(new Rate(5, 6, new BigDecimal("0.8333")), f.onTime());
        assertEquals(new Rate(2, 6, new BigDecimal("0.3333")), f.rework());
    }
}
