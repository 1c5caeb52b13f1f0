package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.assessment.RankingPublished;
import gov.chuangcheng.events.assessment.UnitStanding;
import gov.chuangcheng.platform.inbox.PoisonEventException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the dashboard may keep of a {@code cc.assessment.ranking-published.v1}, free of I/O. The dashboard shows the
 * published figures as they are and fills no gap with a figure of its own, so a publication it could only show in part
 * (no {@code asOf} to order it by, a unit without code or score, a rate missing, a unit twice) is refused whole: it goes
 * to the dead-letter topic with the reason, and the previous publication stays on the dashboard until the next one.
 */
final class PublishedRanking {

    private PublishedRanking() {}

    /** The publication's units in the published order, once checked; throws {@link PoisonEventException}. */
    static List<UnitStanding> standings(RankingPublished ranking) {
        if (ranking.asOf() == null) {
            throw new PoisonEventException("a published ranking needs its asOf: it is what orders publications");
        }
        if (ranking.rankingId() == null || ranking.rankingId().isBlank()) {
            throw new PoisonEventException("the ranking of " + ranking.asOf() + " has no rankingId");
        }
        if (ranking.minimumSample() < 0) {
            throw new PoisonEventException("the ranking of " + ranking.asOf() + " has a negative minimumSample");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < ranking.units().size(); i++) {
            UnitStanding unit = ranking.units().get(i);
            String where = "unit " + i + " of the ranking of " + ranking.asOf();
            if (unit == null || unit.unitCode() == null || unit.unitCode().isBlank()) {
                throw new PoisonEventException(where + " has no unitCode");
            }
            where = "unit " + unit.unitCode() + " of the ranking of " + ranking.asOf();
            if (!codes.add(unit.unitCode())) {
                throw new PoisonEventException(where + " is listed twice");
            }
            if (unit.unitName() == null || unit.score() == null) {
                throw new PoisonEventException(where + " has no unitName or no score");
            }
            if (unit.onTime() == null || unit.rework() == null || unit.disputes() == null) {
                throw new PoisonEventException(where + " lacks one of its rates onTime, rework, disputes");
            }
        }
        return ranking.units();
    }
}
