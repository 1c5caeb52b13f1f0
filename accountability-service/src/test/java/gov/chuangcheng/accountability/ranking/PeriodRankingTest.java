package gov.chuangcheng.accountability.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodRankingTest {

    static UnitScore score(String unit, String period, String cumulative) {
        return new UnitScore(unit, unit, new BigDecimal(period), new BigDecimal(cumulative), 1);
    }

    @Test
    void aWeekRanksByWhatTheWeekBroughtAndTiesSharePlaces() {
        List<UnitScore> scores =
                List.of(score("D", "-2", "99"), score("A", "0", "90"), score("C", "0", "95"), score("B", "3", "80"));
        List<PeriodRanking.Placed> placed = PeriodRanking.rank(scores, RankBy.PERIOD_SCORE);
        assertEquals(
                List.of("B", "A", "C", "D"),
                placed.stream().map(p -> p.score().unitCode()).toList());
        assertEquals(
                List.of(1, 2, 2, 4),
                placed.stream().map(PeriodRanking.Placed::place).toList());
    }

    @Test
    void orByTheScoreAtTheEndOfThePeriod() {
        List<UnitScore> scores =
                List.of(score("D", "-2", "99"), score("A", "0", "90"), score("C", "0", "95"), score("B", "3", "80"));
        List<PeriodRanking.Placed> placed = PeriodRanking.rank(scores, RankBy.CUMULATIVE_SCORE);
        assertEquals(
                List.of("D", "C", "A", "B"),
                placed.stream().map(p -> p.score().unitCode()).toList());
        assertEquals(
                List.of(1, 2, 3, 4),
                placed.stream().map(PeriodRanking.Placed::place).toList());
    }

    @Test
    void aRowSaysHowManyPlacesTheUnitMoved() {
        UnitFigures none = FigureCounts.NONE.figures(5);
        RankingRow rose = RankingRow.of(2, 5, score("A", "0", "90"), score("A", "-5", "90"), RankBy.PERIOD_SCORE, none);
        assertEquals(3, rose.rankChange());
        assertEquals(new BigDecimal("-5"), rose.previousPeriodScore());
        assertEquals(new BigDecimal("5"), rose.scoreChange());
        assertEquals("↑5", RankingColumns.arrow(rose.scoreChange()));
        assertEquals("↓2.5", RankingColumns.arrow(new BigDecimal("-2.50")));
        assertEquals("↑3", RankingColumns.arrow(rose.rankChange()));
        assertEquals(
                "↓1",
                RankingColumns.arrow(RankingRow.of(3, 2, score("B", "0", "1"), null, RankBy.PERIOD_SCORE, none)
                        .rankChange()));
        assertEquals("—", RankingColumns.arrow(0));
        assertEquals(
                "",
                RankingColumns.arrow(RankingRow.of(1, null, score("C", "0", "1"), null, RankBy.PERIOD_SCORE, none)
                        .rankChange()));
    }
}
