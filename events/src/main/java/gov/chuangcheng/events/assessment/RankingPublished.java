package gov.chuangcheng.events.assessment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code cc.assessment.ranking-published.v1}: the ranking of units (排名) with every unit's rectification figures, as
 * accountability-service — their one owner — counts them over the whole campaign at {@code asOf}. Published whenever
 * the figures changed, checked every {@code cc.ranking.publish-every}; each event replaces the one before, so a
 * consumer shows the figures of the event with the latest {@code asOf} and never computes them itself.
 *
 * @param rankingId     digest of the figures: two events with equal figures carry the same id
 * @param minimumSample the smallest denominator a rate is given a value on
 * @param units         every assessed unit, best first
 */
public record RankingPublished(String rankingId, OffsetDateTime asOf, int minimumSample, List<UnitStanding> units) {

    public RankingPublished {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
