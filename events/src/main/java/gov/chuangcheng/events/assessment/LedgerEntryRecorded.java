package gov.chuangcheng.events.assessment;

import gov.chuangcheng.events.EscalationLevel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * {@code cc.assessment.entry-recorded.v1}: one entry of a unit's assessment ledger (考核台账) and the unit's score after it.
 *
 * @param points      signed change: a deduction is negative; a reversal (e.g. an upheld appeal) undoes an entry
 * @param reversalOf  the entry this one reverses, or null
 */
public record LedgerEntryRecorded(
        String entryId,
        String unitCode,
        String unitName,
        String reason,
        BigDecimal points,
        String orderId,
        String orderNumber,
        EscalationLevel level,
        String reversalOf,
        BigDecimal newScore,
        OffsetDateTime recordedAt) {}
