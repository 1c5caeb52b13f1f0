package gov.chuangcheng.accountability.ranking;

import gov.chuangcheng.accountability.ledger.LedgerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;

/** Every assessed unit's {@link UnitScore} in a window, counted by the database from the append-only ledger. */
@ApplicationScoped
class ScoreQueries {

    /** Unit kinds that are assessed (责任单位), ranked even before their first entry. */
    static final List<String> ASSESSED_KINDS = List.of("DEPARTMENT", "SUBDISTRICT", "COMMUNITY", "ENTERPRISE");

    private final EntityManager em;
    private final BigDecimal startingScore;

    ScoreQueries(EntityManager em, LedgerConfig config) {
        this.em = em;
        this.startingScore = config.startingScore();
    }

    /**
     * The active assessed units of the directory and every unit with entries. The score at the window's end is the
     * score now less the entries recorded since: the ledger is append-only and a score is the starting score plus
     * every entry, so this reads only the entries after the window (few, for a recent one) instead of all before it.
     */
    @SuppressWarnings("unchecked")
    List<UnitScore> scores(Window window) {
        List<Object[]> rows = em.createNativeQuery("""
                        select u.code, u.name, coalesce(p.points, 0), coalesce(u.score, ?1) - coalesce(a.points, 0),
                               coalesce(p.entries, 0)
                        from (
                            select d.code, d.name, l.score
                            from directory_unit d left join ledger_unit l on l.unit_code = d.code
                            where d.active and d.kind in (?2)
                            union all
                            select l.unit_code, l.unit_name, l.score
                            from ledger_unit l
                            where not exists (select 1 from directory_unit d where d.code = l.unit_code
                                              and d.active and d.kind in (?2))
                        ) u
                        left join (select unit_code, sum(points) as points, count(*) as entries from ledger_entry
                                   where recorded_at >= ?3 and recorded_at < ?4 group by unit_code) p
                               on p.unit_code = u.code
                        left join (select unit_code, sum(points) as points from ledger_entry
                                   where recorded_at >= ?4 group by unit_code) a
                               on a.unit_code = u.code""")
                .setParameter(1, startingScore)
                .setParameter(2, ASSESSED_KINDS)
                .setParameter(3, window.start())
                .setParameter(4, window.end())
                .getResultList();
        return rows.stream()
                .map(r -> new UnitScore(
                        (String) r[0], (String) r[1], (BigDecimal) r[2], (BigDecimal) r[3], ((Number) r[4]).intValue()))
                .toList();
    }
}
