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
        PassRateRow row = PassRateRow.of("JD01", "城关街道", new PassRateRow.Counts(1, 0, 3, 1), MINIMUM);
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
        PassRateRow row = PassRateRow.of("JD01", "城关街道", new PassRateRow.Counts(5, 4, 4, 4), MINIMUM);
        assertEquals(new BigDecimal("0.8000"), row.rate());
        assertNull(row.verificationRate());
        PassRateRow verified = PassRateRow.of("JD01", "城关街道", new PassRateRow.Counts(0, 0, 6, 3), MINIMUM);
        assertNull(verified.rate());
        assertEquals(new BigDecimal("0.5000"), verified.verificationRate());
        // with a minimum of one, a single inspection is a rate again
        assertEquals(
                new BigDecimal("0.0000"),
                PassRateRow.of("X", "x", new PassRateRow.Counts(1, 0, 0, 0), 1).rate());
    }

    @Test
    void theTotalAddsTheCountsAndDividesAgain() {
        PassRateRow.Counts a = new PassRateRow.Counts(3, 1, 3, 2);
        PassRateRow.Counts b = new PassRateRow.Counts(3, 3, 0, 0);
        PassRateRow total =
                PassRateRow.of(null, "合计", PassRateRow.Counts.NONE.plus(a).plus(b), 5);
        assertEquals(6, total.inspected());
        assertEquals(4, total.passed());
        // four of six, though neither row alone has a rate
        assertEquals(new BigDecimal("0.6667"), total.rate());
        assertEquals(3, total.verified());
        assertNull(total.verificationRate());
    }
}
