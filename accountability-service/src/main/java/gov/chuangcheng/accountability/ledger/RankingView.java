package gov.chuangcheng.accountability.ledger;

import java.math.BigDecimal;

/** A unit's place in the assessment ranking; equal scores share a rank. */
public record RankingView(int rank, String unitCode, String unitName, BigDecimal score, int entries) {
}
