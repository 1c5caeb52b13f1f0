package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.cache.ReadCaches;
import gov.chuangcheng.platform.cache.RecentResults;
import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.security.UnitScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pass rates over a period, computed in SQL (one grouped query, and one for the reports where the dimension counts
 * them). The department scope applies to the responsible unit an inspection recorded (the point's unit at the time),
 * like the inspection list.
 *
 * <p>A field inspection (patrol, 督查) checks how a point is kept and makes the pass rate. A re-inspection (复查, an
 * inspection with a {@code reinspection_order_id}) checks one unit's fix of one problem; counted as an inspection it
 * would turn a point fixed after three tries into four failed inspections, so it is counted apart as a verification,
 * found fixed when no item of the standard under verification failed (as {@code cc.reinspection.passed.v1} decides).
 * By standard, the items of that standard are verifications and any other item a re-inspection scored is a field
 * inspection of its standard, as the failure chain treats it.
 */
@ApplicationScoped
public class PassRateStatistics {

    /** Each inspection of the period, whether it is a re-inspection, and whether it passed (or found the fix done). */
    private static final String INSPECTIONS = """
            with checked as (
                select i.point_id, i.responsible_unit_code as unit, i.reinspection_order_id is not null as verifies,
                       case when i.reinspection_order_id is null then i.passed
                            else not exists (select 1 from inspection_item f
                                             where f.inspection_id = i.id and not f.passed
                                               and f.standard_code = coalesce(rt.standard_code, f.standard_code))
                       end as ok
                from inspection i left join reinspection_task rt on rt.order_id = i.reinspection_order_id
                where %s
            )
            """;

    /**
     * Each item of the period's inspections, and whether it verifies a fix: an item of the standard its re-inspection
     * verifies (every item of a re-inspection whose task is missing, which submission does not allow).
     */
    private static final String ITEMS = """
            with checked as (
                select it.standard_code, it.passed as ok,
                       i.reinspection_order_id is not null
                           and it.standard_code = coalesce(rt.standard_code, it.standard_code) as verifies
                from inspection i join inspection_item it on it.inspection_id = i.id
                left join reinspection_task rt on rt.order_id = i.reinspection_order_id
                where %s
            )
            """;

    /** inspected, passed, verified, verifiedPassed of a group of {@code checked}. */
    private static final String COUNTS = """
            count(*) filter (where not c.verifies), count(*) filter (where not c.verifies and c.ok),
            count(*) filter (where c.verifies), count(*) filter (where c.verifies and c.ok)""";

    private final EntityManager em;
    private final PointReports reports;
    private final StatisticsConfig config;
    private final RecentResults<PassRateQuery, PassRateReport> recent;

    public PassRateStatistics(EntityManager em, PointReports reports, StatisticsConfig config, ReadCaches caches) {
        this.em = em;
        this.reports = reports;
        this.config = config;
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

    /** A group while the report is put together. */
    private record Group(String name, PassRateRow.Counts counts) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public PassRateReport passRates(PassRateDimension by, Period period, UnitScope scope) {
        Where where = new Where()
                .and("i.inspected_at >= :from", "from", period.start())
                .and("i.inspected_at < :to", "to", period.end())
                .scope("i.responsible_unit_code", scope);
        String select = switch (by) {
            case POINT_TYPE -> """
                    select p.type, null, %s
                    from checked c join point p on p.id = c.point_id group by p.type""";
            case UNIT -> """
                    select c.unit, max(u.name), %s
                    from checked c left join directory_unit u on u.code = c.unit group by c.unit""";
            case STREET -> """
                    select p.street, max(u.name), %s
                    from checked c join point p on p.id = c.point_id
                    left join directory_unit u on u.code = p.street group by p.street""";
            case STANDARD -> """
                    select c.standard_code, max(s.name), %s
                    from checked c left join catalogue_standard s on s.code = c.standard_code
                    group by c.standard_code""";
        };
        String sql = (by.countsItems() ? ITEMS : INSPECTIONS) + select;
        List<Object[]> result = where.bind(em.createNativeQuery(sql.formatted(where.sql(), COUNTS)))
                .getResultList();
        // a street may be null: the map keeps that key like any other
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Object[] r : result) {
            String key = (String) r[0];
            groups.put(
                    key,
                    new Group(
                            (String) r[1],
                            PassRateRow.Counts.inspections(
                                    Scopes.count(r[2]), Scopes.count(r[3]), Scopes.count(r[4]), Scopes.count(r[5]))));
        }
        if (by.countsReports()) {
            PointReports.Tally tally = reports.count(by, period, scope);
            // a group the public reported on is on the scoreboard even when nobody inspected there
            tally.reports()
                    .forEach((key, counted) ->
                            groups.putIfAbsent(key, new Group(tally.names().get(key), PassRateRow.Counts.NONE)));
            groups.replaceAll((key, g) -> new Group(
                    g.name(),
                    g.counts()
                            .withReports(
                                    tally.reports().getOrDefault(key, 0L),
                                    tally.activePoints().getOrDefault(key, 0L))));
        }
        int minimumSample = config.minimumSample();
        List<PassRateRow> rows = new ArrayList<>();
        PassRateRow.Counts total =
                by.countsReports() ? PassRateRow.Counts.NONE.withReports(0, 0) : PassRateRow.Counts.NONE;
        for (Map.Entry<String, Group> g : groups.entrySet()) {
            String key = g.getKey();
            rows.add(PassRateRow.of(
                    key, name(by, key, g.getValue().name()), g.getValue().counts(), minimumSample));
            total = total.plus(g.getValue().counts());
        }
        rows.sort(PassRateRow.WORST_FIRST);
        return new PassRateReport(
                by.parameter(),
                by.countsItems() ? "items" : "inspections",
                ReportPeriod.of(period),
                period.from(),
                period.to(),
                period.zone().getId(),
                minimumSample,
                PassRateRow.of(null, "合计", total, minimumSample),
                List.copyOf(rows));
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
