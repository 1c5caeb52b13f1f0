package gov.chuangcheng.events.rectification;

import java.math.BigDecimal;

/**
 * The ledger entry an order's event caused, so that a consumer need not join {@code cc.assessment.v1}.
 *
 * @param kind   the entry's kind, e.g. {@code ESCALATION}
 * @param points signed change of the unit's score: a deduction is negative, zero for a rung that costs nothing
 */
public record Deduction(String entryId, String kind, BigDecimal points) {}
