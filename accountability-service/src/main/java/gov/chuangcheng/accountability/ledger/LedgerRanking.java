package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.platform.cache.ReadCaches;
import gov.chuangcheng.platform.cache.RecentResults;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The ranking of units (排名): every assessed unit's score with its rectification rates, counted by the database over
 * fixed closures only — a voided or merged order is no rectification, on time or not.
 */
@ApplicationScoped
public class LedgerRanking {

    /** Unit kinds that are assessed (责任单位), ranked even before their first entry. */
    static final List<String> ASSESSED_KINDS = List.of("DEPARTMENT", "SUBDISTRICT", "COMMUNITY", "ENTERPRISE");

    private final EntityManager em;
    private final BigDecimal startingScore;
    private final int minimumSample;
    private final RecentResults<String, List<RankingView>> recentRanking;

    public LedgerRanking(EntityManager em, LedgerConfig config, ReadCaches caches) {
        this.em = em;
        this.startingScore = config.startingScore();
        this.minimumSample = config.rates().minimumSample();
        this.recentRanking = caches.create(1);
    }

    /** {@link #ranking()}, at most {@code cc.read-cache.max-age} old: many watch it, it reads every unit's orders. */
    public List<RankingView> recentRanking() {
        return recentRanking.get(
                "ranking", () -> QuarkusTransaction.joiningExisting().call(this::ranking));
    }

    /**
     * Every assessed unit with its score and rank, best first; units with equal scores share a rank (1, 2, 2, 4).
     * Units without entries stand at the starting score.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<RankingView> ranking() {
        List<Object[]> rows = em.createNativeQuery("""
                        select code, name, score, entries, rank() over (order by score desc) as rank
                        from (
                            select d.code, d.name, coalesce(l.score, ?1) as score, coalesce(l.entries, 0) as entries
                            from directory_unit d left join ledger_unit l on l.unit_code = d.code
                            where d.active and d.kind in (?2)
                            union all
                            select l.unit_code, l.unit_name, l.score, l.entries
                            from ledger_unit l
                            where not exists (select 1 from directory_unit d where d.code = l.unit_code
                                              and d.active and d.kind in (?2))
                        ) u
                        order by rank, code""")
                .setParameter(1, startingScore)
                .setParameter(2, ASSESSED_KINDS)
                .getResultList();
        Map<String, UnitRates> rates = rates();
        Map<String, DisputeTally> disputes = disputes();
        return rows.stream()
                .map(r -> {
                    UnitRates u = rates.getOrDefault((String) r[0], UnitRates.NONE);
                    DisputeTally d = disputes.getOrDefault((String) r[0], DisputeTally.NONE);
                    return new RankingView(
                            ((Number) r[4]).intValue(),
                            (String) r[0],
                            (String) r[1],
                            (BigDecimal) r[2],
                            ((Number) r[3]).intValue(),
                            u.closed(),
                            u.onTimeRate(),
                            u.onTimeRank(),
                            u.reinspected(),
                            u.reworkRate(),
                            u.meanWorkingHoursToRectify(),
                            minimumSample,
                            d.disputes(),
                            d.reassigned(),
                            d.share());
                })
                .toList();
    }

    /**
     * Every unit's rectification rates. The database counts them per unit (one row per unit, whatever the number of
     * orders): loading the orders themselves grows with the campaign and once ran the service out of heap.
     */
    @SuppressWarnings("unchecked")
    private Map<String, UnitRates> rates() {
        List<Object[]> rows = em.createNativeQuery("""
                        select unit_code,
                               count(*) filter (where status = 'CLOSED'),
                               count(*) filter (where status = 'CLOSED' and on_time),
                               coalesce(sum(office_seconds_to_close) filter (where status = 'CLOSED'), 0),
                               count(*),
                               count(*) filter (where reinspection_failures > 0)
                        from rectification_order
                        where (closure is null or closure = 'REINSPECTION') and (status = 'CLOSED' or reinspection_failures > 0)
                        group by unit_code""").getResultList();
        List<UnitRates.Tally> tallies = rows.stream()
                .map(r -> new UnitRates.Tally(
                        (String) r[0],
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).longValue(),
                        ((Number) r[4]).intValue(),
                        ((Number) r[5]).intValue()))
                .toList();
        return UnitRates.of(tallies, minimumSample);
    }

    /** Every unit's disputes (退单) and the orders it received, counted by the database per unit. */
    @SuppressWarnings("unchecked")
    private Map<String, DisputeTally> disputes() {
        List<Object[]> rows = em.createNativeQuery("""
                        select code, sum(disputes), sum(reassigned), sum(orders)
                        from (
                            select disputing_unit_code as code, count(*) as disputes,
                                   count(*) filter (where status = 'APPROVED') as reassigned, 0 as orders
                            from order_request where kind = 'DISPUTE' group by disputing_unit_code
                            union all
                            select unit_code, 0, 0, count(*) from rectification_order group by unit_code
                        ) t
                        group by code
                        having sum(disputes) > 0""").getResultList();
        return rows.stream()
                .collect(java.util.stream.Collectors.toMap(
                        r -> (String) r[0],
                        r -> DisputeTally.of(
                                ((Number) r[1]).intValue(), ((Number) r[2]).intValue(), ((Number) r[3]).intValue())));
    }

    /** A unit's disputes, those reassigned on them, and their share of the orders it received. */
    record DisputeTally(int disputes, int reassigned, BigDecimal share) {
        static final DisputeTally NONE = new DisputeTally(0, 0, null);

        /** {@code held} orders the unit has now; the {@code reassigned} ones it no longer has were received too. */
        static DisputeTally of(int disputes, int reassigned, int held) {
            int received = held + reassigned;
            return new DisputeTally(
                    disputes,
                    reassigned,
                    received == 0
                            ? null
                            : BigDecimal.valueOf(disputes)
                                    .divide(BigDecimal.valueOf(received), 4, java.math.RoundingMode.HALF_UP));
        }
    }
}
