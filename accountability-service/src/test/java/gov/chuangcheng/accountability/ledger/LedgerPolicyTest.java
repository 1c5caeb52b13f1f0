package gov.chuangcheng.accountability.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.chuangcheng.events.EscalationLevel;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerPolicyTest {

    @Test
    void defaultsDeductForNoticeTalkAndAccountabilityOnly() {
        LedgerPolicy p = districtPolicy();
        assertEquals(new BigDecimal("100"), p.startingScore());
        assertEquals(0, p.pointsFor(EscalationLevel.REMINDER).signum());
        assertEquals(0, p.pointsFor(EscalationLevel.SUPERVISION).signum());
        assertEquals(new BigDecimal("-2"), p.pointsFor(EscalationLevel.NOTICE));
        assertEquals(new BigDecimal("-5"), p.pointsFor(EscalationLevel.TALK));
        assertEquals(new BigDecimal("-10"), p.pointsFor(EscalationLevel.ACCOUNTABILITY));
    }

    @Test
    void deductionsAreConfigurableAndPositive() {
        LedgerPolicy p =
                new LedgerPolicy(new BigDecimal("90"), Map.of(EscalationLevel.SUPERVISION, new BigDecimal("0.5")));
        assertEquals(new BigDecimal("-0.5"), p.pointsFor(EscalationLevel.SUPERVISION));
        assertEquals(0, p.pointsFor(EscalationLevel.NOTICE).signum());
        assertThrows(
                IllegalArgumentException.class,
                () -> new LedgerPolicy(BigDecimal.TEN, Map.of(EscalationLevel.TALK, new BigDecimal("-1"))));
    }

    /** The district's policy as the office set it: from 100, 通报 −2, 约谈 −5, 问责 −10. */
    static LedgerPolicy districtPolicy() {
        return new LedgerPolicy(
                new BigDecimal("100"),
                Map.of(
                        EscalationLevel.REMINDER, BigDecimal.ZERO,
                        EscalationLevel.SUPERVISION, BigDecimal.ZERO,
                        EscalationLevel.NOTICE, new BigDecimal("2"),
                        EscalationLevel.TALK, new BigDecimal("5"),
                        EscalationLevel.ACCOUNTABILITY, new BigDecimal("10")));
    }
}
