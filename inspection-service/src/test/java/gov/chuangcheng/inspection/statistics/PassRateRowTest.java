package gov.chuangcheng.inspection.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The arithmetic of one pass-rate row without Quarkus: re-inspections apart, the minimum sample, the total. */
class PassRateRowTest {

    private static final int MINIMUM = 5;

    @Test
    void reInspectionsAreVerificationsNeverInspections() {
        // the unit: one failed patrol, then three re-inspections until the fix held
        PassRateRow row = PassRateRow.of("JD01", "城关街道", PassRateRow.Counts.inspections(1, 0, 3, 1), MINIMUM);
        assertEquals(1, row.inspected());
        assertEquals(0, row.passed());
        assertEquals(1, row.failed());
        assertEquals(3, row.verified());
        assertEquals(1, row.verifiedPassed());
        assertEquals(2, row.verifiedFailed());
        // neither count reaches the minimum sample: counts only
        assertNull(row.rate());
        assertNull(row.verificationRate());
    }

    @Test
    void aRateNeedsItsDenominatorToReachTheMinimumSample() {
        PassRateRow row = PassRateRow.of("JD01", "城关街道", PassRateRow.Counts.inspections(5, 4, 4, 4), MINIMUM);
        assertEquals(new BigDecimal("0.8000"), row.rate());
        assertNull(row.verificationRate());
        PassRateRow verified = PassRateRow.of("JD01", "城关街道", PassRateRow.Counts.inspections(0, 0, 6, 3), MINIMUM);
        assertNull(verified.rate());
        assertEquals(new BigDecimal("0.5000"), verified.verificationRate());
        // with a minimum of one, a single inspection is a rate again
        assertEquals(
                new BigDecimal("0.0000"),
                PassRateRow.of("X", "x", PassRateRow.Counts.inspections(1, 0, 0, 0), 1)
                        .rate());
    }

    @Test
    void reportsPerPointAreReportsOverActivePointsWhereCounted() {
        PassRateRow.Counts counts = PassRateRow.Counts.inspections(2, 1, 0, 0);
        PassRateRow none = PassRateRow.of("SCHOOL", "学校", counts, MINIMUM);
        assertNull(none.reports());
        assertNull(none.activePoints());
        assertNull(none.reportsPerPoint());
        PassRateRow unit = PassRateRow.of("JD01", "城关街道", counts.withReports(3, 6), MINIMUM);
        assertEquals(3L, unit.reports());
        assertEquals(6L, unit.activePoints());
        assertEquals(new BigDecimal("0.5000"), unit.reportsPerPoint());
        assertNull(PassRateRow.of("JD01", "城关街道", counts.withReports(9, 4), MINIMUM)
                .reportsPerPoint());
        assertNull(PassRateRow.of("JD01", "城关街道", counts.withReports(2, 0), MINIMUM)
                .reportsPerPoint());
    }

    @Test
    void theTotalAddsTheCountsAndDividesAgain() {
        PassRateRow.Counts a = PassRateRow.Counts.inspections(3, 1, 3, 2).withReports(4, 3);
        PassRateRow.Counts b = PassRateRow.Counts.inspections(3, 3, 0, 0).withReports(1, 3);
        PassRateRow total = PassRateRow.of(
                null, "合计", PassRateRow.Counts.NONE.withReports(0, 0).plus(a).plus(b), 5);
        assertEquals(6, total.inspected());
        assertEquals(4, total.passed());
        // four of six, though neither row alone has a rate
        assertEquals(new BigDecimal("0.6667"), total.rate());
        assertEquals(3, total.verified());
        assertNull(total.verificationRate());
        assertEquals(5L, total.reports());
        assertEquals(6L, total.activePoints());
        assertEquals(new BigDecimal("0.8333"), total.reportsPerPoint());
        assertNull(PassRateRow.Counts.NONE.plus(PassRateRow.Counts.NONE).reports());
    }
}
