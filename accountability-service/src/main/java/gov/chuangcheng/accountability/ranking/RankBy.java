package gov.chuangcheng.accountability.ranking;

/** Which score a period's ranking orders units by ({@code cc.ledger.ranking.rank-by}). */
public enum RankBy {
    /** the points the period's entries moved: the 周通报 compares how units did this week */
    PERIOD_SCORE,
    /** the score at the period's end: the standing the campaign has brought each unit to */
    CUMULATIVE_SCORE;

    java.math.BigDecimal of(UnitScore score) {
        return this == PERIOD_SCORE ? score.periodScore() : score.cumulativeScore();
    }
}
