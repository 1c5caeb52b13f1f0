package gov.chuangcheng.task.dashboard;

import static gov.chuangcheng.task.dashboard.RankingFixtures.quiet;
import static gov.chuangcheng.task.dashboard.RankingFixtures.ranking;
import static gov.chuangcheng.task.dashboard.RankingFixtures.rate;
import static gov.chuangcheng.task.dashboard.RankingFixtures.standing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.assessment.RankingPublished;
import gov.chuangcheng.events.assessment.UnitStanding;
import gov.chuangcheng.platform.inbox.PoisonEventException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which publications the dashboard keeps, and that it keeps them untouched. */
class PublishedRankingTest {

    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2026-12-04T09:00:00+08:00");

    @Test
    void aWholePublicationIsKeptInItsOrderAndUntouched() {
        UnitStanding first = standing(
                1, "U1", "98.50", 2, rate(9, 10, "0.9000"), rate(1, 8, "0.1250"), 8, "12.75", rate(0, 12, "0.0000"));
        List<UnitStanding> kept = PublishedRanking.standings(ranking(AS_OF, first, quiet(2, "U3"), quiet(2, "U2")));
        assertEquals(
                List.of("U1", "U3", "U2"),
                kept.stream().map(UnitStanding::unitCode).toList());
        assertEquals(first, kept.get(0));
        assertEquals(new BigDecimal("98.50"), kept.get(0).score());
        // no units at all is a ranking too: nobody assessed yet
        assertTrue(PublishedRanking.standings(ranking(AS_OF)).isEmpty());
    }

    @Test
    void aPublicationThatCannotBeShownWholeIsRefusedWhole() {
        refused("asOf", new RankingPublished("R", null, 5, List.of(quiet(1, "U1"))));
        refused("rankingId", new RankingPublished(" ", AS_OF, 5, List.of(quiet(1, "U1"))));
        refused("minimumSample", new RankingPublished("R", AS_OF, -1, List.of(quiet(1, "U1"))));
        refused("unitCode", ranking(AS_OF, quiet(1, "U1"), quiet(2, null)));
        refused("twice", ranking(AS_OF, quiet(1, "U1"), quiet(2, "U1")));
        UnitStanding q = quiet(1, "U1");
        refused(
                "score",
                ranking(
                        AS_OF,
                        new UnitStanding(1, "U1", "单位", null, 0, q.onTime(), q.rework(), 0, null, q.disputes())));
        refused(
                "rates",
                ranking(
                        AS_OF,
                        new UnitStanding(1, "U1", "单位", BigDecimal.TEN, 0, q.onTime(), null, 0, null, q.disputes())));
    }

    private static void refused(String reason, RankingPublished ranking) {
        PoisonEventException e = assertThrows(PoisonEventException.class, () -> PublishedRanking.standings(ranking));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
