package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.cache.ReadCaches;
import gov.chuangcheng.platform.cache.RecentResults;
import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.time.SqlTimes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Pass rates and the worst points over a period, computed in SQL (one grouped query each). The department scope
 * applies to the responsible unit an inspection recorded (the point's unit at the time), like the inspection list.
 * Every inspection counts, re-inspections (复查) included: each is a check of the point against its checklist.
 */
@ApplicationScoped
public class PassRateStatistics {

    private final EntityManager em;
    private final RecentResults<PassRateQuery, PassRateReport> recent;

    public PassRateStatistics(EntityManager em, ReadCaches caches) {
        this.em = em;
        this.recent = caches.create(256);
    }

    private record PassRateQuery(PassRateDimension by, Period period, UnitScope scope) {}

    /**
     * {@link #passRates}, at most {@code cc.read-cache.max-age} old: the office and every department watch the same
     * few periods on the evaluation eve, and each answer reads every inspection (or item) of its period.
     */
    public PassRateReport recentPassRates(PassRateDimension by, Period period, UnitScope scope) {
        return recent.get(
                new PassRateQuery(by, period, scope),
                () -> QuarkusTransaction.joiningExisting().call(() -> passRates(by, period, scope)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PassRateReport passRates(PassRateDimension by, Period period, UnitScope scope) {
        Where where = new Where()
                .and("i.inspected_at >= :from", "from", period.start())
                .and("i.inspected_at < :to", "to", period.end())
                .scope("i.responsible_unit_code", scope);
        String sql = switch (by) {
            case POINT_TYPE -> """
                    select p.type, null, count(*), count(*) filter (where i.passed)
                    from inspection i join point p on p.id = i.point_id
                    where %s group by p.type""";
            case UNIT -> """
                    select i.responsible_unit_code, max(u.name), count(*), count(*) filter (where i.passed)
                    from inspection i left join directory_unit u on u.code = i.responsible_unit_code
                    where %s group by i.responsible_unit_code""";
            case STREET -> """
                    select p.street, max(u.name), count(*), count(*) filter (where i.passed)
                    from inspection i join point p on p.id = i.point_id
                    left join directory_unit u on u.code = p.street
                    where %s group by p.street""";
            case STANDARD -> """
                    select it.standard_code, max(s.name), count(*), count(*) filter (where it.passed)
                    from inspection i join inspection_item it on it.inspection_id = i.id
                    left join catalogue_standard s on s.code = it.standard_code
                    where %s group by it.standard_code""";
        };
        List<Object[]> result =
                where.bind(em.createNativeQuery(sql.formatted(where.sql()))).getResultList();
        List<PassRateRow> rows = new ArrayList<>();
        long inspected = 0;
        long passed = 0;
        for (Object[] r : result) {
            String key = (String) r[0];
            PassRateRow row = PassRateRow.of(key, name(by, key, (String) r[1]), Scopes.count(r[2]), Scopes.count(r[3]));
            rows.add(row);
            inspected += row.inspected();
            passed += row.passed();
        }
        rows.sort(PassRateRow.WORST_FIRST);
        return new PassRateReport(
                by.parameter(),
                by.countsItems() ? "items" : "inspections",
                ReportPeriod.of(period),
                period.from(),
                period.to(),
                period.zone().getId(),
                PassRateRow.of(null, "合计", inspected, passed),
                List.copyOf(rows));
    }

    /**
     * Points with at least {@code minInspections} inspections and at least one failure (a failed inspection or a
     * failed item) in the period: lowest pass rate first, then the most failed inspections, then the most failed
     * items.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public WorstPointsReport worstPoints(Period period, UnitScope scope, int minInspections, int limit) {
        Where where = new Where()
                .and("i.inspected_at >= :from", "from", period.start())
                .and("i.inspected_at < :to", "to", period.end())
                .scope("i.responsible_unit_code", scope)
                .param("min", (long) minInspections)
                .param("limit", limit);
        List<Object[]> result =
                where.bind(em.createNativeQuery("""
                        select p.code, p.name, p.type, p.street, p.responsible_unit_code, max(u.name),
                               count(*) as inspected, count(*) filter (where i.passed) as passed,
                               coalesce(sum(f.failed_items), 0) as failed_item_count, max(i.inspected_at)
                        from inspection i
                        join point p on p.id = i.point_id
                        left join lateral (select count(*) as failed_items from inspection_item it
                                           where it.inspection_id = i.id and not it.passed) f on true
                        left join directory_unit u on u.code = p.responsible_unit_code
                        where %s
                        group by p.id
                        having count(*) >= :min
                           and (count(*) filter (where not i.passed) > 0 or coalesce(sum(f.failed_items), 0) > 0)
                        order by cast(count(*) filter (where i.passed) as numeric) / count(*),
                                 count(*) filter (where not i.passed) desc, failed_item_count desc, p.code
                        limit :limit""".formatted(where.sql()))).getResultList();
        List<WorstPoint> points = new ArrayList<>();
        for (Object[] r : result) {
            PointType type = PointType.valueOf((String) r[2]);
            long inspected = Scopes.count(r[6]);
            long passed = Scopes.count(r[7]);
            points.add(new WorstPoint(
                    (String) r[0],
                    (String) r[1],
                    type,
                    type.displayName(),
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    inspected,
                    passed,
                    inspected - passed,
                    Rates.rate(passed, inspected),
                    Scopes.count(r[8]),
                    SqlTimes.instant(r[9])));
        }
        return new WorstPointsReport(
                ReportPeriod.of(period),
                period.from(),
                period.to(),
                period.zone().getId(),
                minInspections,
                limit,
                List.copyOf(points));
    }

    /** The Chinese name of a group: the point type's, the directory's, the catalogue's, or the key itself. */
    static String name(PassRateDimension by, String key, String found) {
        if (by == PassRateDimension.POINT_TYPE) {
            return PointType.valueOf(key).displayName();
        }
        if (by == PassRateDimension.STREET && key == null) {
            return "未填写街道";
        }
        return found != null ? found : key;
    }
}
