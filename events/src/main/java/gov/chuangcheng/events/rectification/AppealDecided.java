package gov.chuangcheng.events.rectification;

import java.time.OffsetDateTime;

/**
 * {@code cc.rectification.appeal-decided.v1}: the office decided an appeal.
 *
 * @param deduction the ledger entry contested; null in appeals filed before appeals named one
 * @param reversal  the entry that reversed it when the appeal was upheld; null otherwise
 */
public record AppealDecided(
        OrderRef order,
        String appealId,
        AppealDecision decision,
        String comment,
        Deduction deduction,
        Deduction reversal,
        String by,
        OffsetDateTime at)
        implements OrderEvent {

    public AppealDecided(
            OrderRef order, String appealId, AppealDecision decision, String comment, String by, OffsetDateTime at) {
        this(order, appealId, decision, comment, null, null, by, at);
    }
}
