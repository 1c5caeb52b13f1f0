package gov.chuangcheng.accountability.ranking;

import java.math.BigDecimal;

/**
 * A unit's score over a window: the points its entries in the window moved it ({@code periodScore}: deductions
 * negative, bonuses and reversals positive) and its score at the window's end ({@code cumulativeScore}).
 */
record UnitScore(String unitCode, String unitName, BigDecimal periodScore, BigDecimal cumulativeScore, int entries) {}
