package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.events.EscalationLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A unit's assessment ledger (考核台账). */
public record LedgerView(String unitCode, String unitName, BigDecimal score, List<EntryView> entries) {

    public record EntryView(
            String id,
            String reason,
            BigDecimal points,
            String orderId,
            String orderNumber,
            EscalationLevel level,
            String levelName,
            String reversalOf,
            BigDecimal scoreAfter,
            Instant recordedAt,
            String kind,
            String recordedBy,
            List<String> evidenceIds,
            String taskId) {
        static EntryView of(LedgerEntry e) {
            return new EntryView(
                    e.id,
                    e.reason,
                    e.points,
                    e.orderId,
                    e.orderNumber,
                    e.level,
                    e.level == null ? null : e.level.displayName(),
                    e.reversalOf,
                    e.scoreAfter,
                    e.recordedAt,
                    e.kind(),
                    e.recordedBy,
                    e.evidenceIds == null ? List.of() : e.evidenceIds,
                    e.taskId);
        }
    }
}
