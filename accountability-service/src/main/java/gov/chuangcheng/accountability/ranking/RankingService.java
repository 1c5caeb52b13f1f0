package gov.chuangcheng.accountability.ranking;

import gov.chuangcheng.accountability.ledger.LedgerConfig;
import gov.chuangcheng.platform.cache.ReadCaches;
import gov.chuangcheng.platform.cache.RecentResults;
import gov.chuangcheng.platform.period.Period;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The ranking of units (排名) with their rectification figures, for a period or the whole campaign: accountability-
 * service is the one owner of these figures; the dashboard shows them as published ({@link RankingPublisher}).
 */
@ApplicationScoped
public class RankingService {

    /** How the campaign is written where a period would be. */
    static final String CAMPAIGN = "创建以来";

    private final ScoreQueries scores;
    private final FigureQueries figures;
    private final RankBy rankBy;
    private final int minimumSample;
    private final Clock clock;
    private final ZoneId zone;
    private final RecentResults<Query, RankingReport> recent;

    public RankingService(
            ScoreQueries scores,
            FigureQueries figures,
            RankingConfig config,
            LedgerConfig ledger,
            Clock clock,
            ZoneId zone,
            ReadCaches caches) {
        this.scores = scores;
        this.figures = figures;
        this.rankBy = config.rankBy();
        this.minimumSample = ledger.rates().minimumSample();
        this.clock = clock;
        this.zone = zone;
        this.recent = caches.create(64);
    }

    /** A period, or the campaign when null: the key of a recent report. */
    private record Query(Period period) {}

    /**
     * {@link #report}, at most {@code cc.read-cache.max-age} old: many watch the same few periods, and each report
     * reads every unit's orders of its period.
     */
    public RankingReport recentReport(Period period) {
        return recent.get(
                new Query(period), () -> QuarkusTransaction.joiningExisting().call(() -> report(period)));
    }

    /**
     * Every assessed unit ranked over {@code period} (the whole campaign when null), with its place and scores in the
     * previous period beside it and the period's figures.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RankingReport report(Period period) {
        Instant now = clock.instant();
        RankBy by = period == null ? RankBy.CUMULATIVE_SCORE : rankBy;
        List<PeriodRanking.Placed> placed = PeriodRanking.rank(scores.scores(Window.of(period)), by);
        Period previous = period == null ? null : period.previous();
        Map<String, PeriodRanking.Placed> before = previous == null
                ? Map.of()
                : PeriodRanking.byUnit(PeriodRanking.rank(scores.scores(Window.of(previous)), by));
        Map<String, FigureCounts> counts = figures.counts(Window.of(period), now);
        List<RankingRow> rows = placed.stream()
                .map(p -> {
                    String code = p.score().unitCode();
                    PeriodRanking.Placed placedBefore = before.get(code);
                    return RankingRow.of(
                            p.place(),
                            placedBefore == null ? null : placedBefore.place(),
                            p.score(),
                            placedBefore == null ? null : placedBefore.score(),
                            by,
                            counts.getOrDefault(code, FigureCounts.NONE).figures(minimumSample));
                })
                .toList();
        return new RankingReport(
                period == null ? "campaign" : period.kind().parameter(),
                period == null ? null : period.from(),
                period == null ? null : period.to(),
                zone.getId(),
                period == null ? CAMPAIGN : period.written(),
                previous == null ? null : previous.from(),
                previous == null ? null : previous.to(),
                by,
                minimumSample,
                OffsetDateTime.ofInstant(now, zone),
                rows);
    }
}
