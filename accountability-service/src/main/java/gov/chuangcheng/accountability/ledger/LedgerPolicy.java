package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.events.EscalationLevel;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The assessment ledger's scoring (考核台账): every unit starts at {@code startingScore}; each rung an order of the unit
 * reaches deducts that rung's points (通报 −2, 约谈 −5, 问责 −10 by default; 提醒 and 督办 nothing).
 */
public final class LedgerPolicy {

    private final BigDecimal startingScore;
    private final Map<EscalationLevel, BigDecimal> deductions;

    public LedgerPolicy(BigDecimal startingScore, Map<EscalationLevel, BigDecimal> deductions) {
        this.startingScore = startingScore;
        this.deductions = new EnumMap<>(EscalationLevel.class);
        this.deductions.putAll(deductions);
        this.deductions.values().forEach(d -> {
            if (d.signum() < 0) {
                throw new IllegalArgumentException("a deduction is given as a positive number of points");
            }
        });
    }

    public BigDecimal startingScore() {
        return startingScore;
    }

    /** The signed change of reaching {@code level}: zero or negative. */
    public BigDecimal pointsFor(EscalationLevel level) {
        return deductions.getOrDefault(level, BigDecimal.ZERO).negate();
    }
}
