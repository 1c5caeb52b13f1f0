package gov.chuangcheng.events.assessment;

import gov.chuangcheng.events.EscalationLevel;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.assessment.entry-recorded.v1}: one entry of a unit's assessment ledger (考核台账) and the unit's score after it.
 *
 * @param points      signed change: a deduction is negative, a bonus (加分) positive; a reversal undoes an entry
 * @param reversalOf  the entry this one reverses, or null
 * @param kind        what the entry is: {@code ESCALATION} (a rung of an order), {@code TASK_OVERDUE}, {@code REVERSAL},
 *                    or a kind the office configured for entries by hand (e.g. {@code MEDIA_EXPOSURE} 媒体曝光); null
 *                    in events published before the field existed
 * @param recordedBy  the office user who made an entry by hand or a reversal; null for the system
 * @param evidenceIds evidence of an entry by hand; empty otherwise
 * @param taskId      the decomposed task an entry is about, or null
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
        OffsetDateTime recordedAt,
        String kind,
        String recordedBy,
        List<String> evidenceIds,
        String taskId) {

    /** An entry as published before kinds, authors and evidence existed. */
    public LedgerEntryRecorded(
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
            OffsetDateTime recordedAt) {
        this(
                entryId,
                unitCode,
                unitName,
                reason,
                points,
                orderId,
                orderNumber,
                level,
                reversalOf,
                newScore,
                recordedAt,
                null,
                null,
                List.of(),
                null);
    }

    public LedgerEntryRecorded {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }
}
