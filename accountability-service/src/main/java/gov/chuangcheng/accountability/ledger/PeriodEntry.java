package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.events.EscalationLevel;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A ledger entry as other features read it (a 通报 lists a unit's deductions of a period).
 *
 * @param reversalOf the entry this one reverses; null when it is not a reversal
 * @param reversed   whether a reversal of this entry had been recorded when it was read
 */
public record PeriodEntry(
        String id,
        String unitCode,
        String unitName,
        String reason,
        BigDecimal points,
        String kind,
        EscalationLevel level,
        String orderNumber,
        Instant recordedAt,
        String reversalOf,
        boolean reversed) {}
