package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.inspection.point.Point;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.time.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The coverage report: active points and when each was last inspected, counted by point type and by responsible
 * unit in one grouped query (grouping sets), and the uncovered points — never inspected first, then the longest
 * uncovered — one page at a time. Department scope applies to the point's responsible unit.
 */
@ApplicationScoped
public class CoverageService {

    /** Active points in scope with the time of their latest inspection (any inspection, by anyone). */
    private static final String LAST_INSPECTED = """
            with last as (
                select p.code, p.name, p.type, p.street, p.responsible_unit_code as unit, p.temporary,
                       (select max(i.inspected_at) from inspection i where i.point_id = p.id) as last_at
                from point p
                where p.active and %s
            )
            """;

    private final EntityManager em;

    public CoverageService(EntityManager em) {
        this.em = em;
    }

    /** Filters of the report; null means any. */
    public record Filter(PointType type, String unit) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public CoverageReport report(CoverageWindow window, UnitScope scope, Filter filter, PageRequest paging) {
        Where where = new Where().scope("p.responsible_unit_code", scope);
        if (filter.type() != null) {
            where.and("p.type = :type", "type", filter.type().name());
        }
        if (filter.unit() != null) {
            where.and("p.responsible_unit_code = :unit", "unit", filter.unit());
        }
        where.param("since", window.since());
        List<Object[]> groups = where.bind(em.createNativeQuery(LAST_INSPECTED.formatted(where.sql()) + """
                select grouping(l.type), grouping(l.unit), l.type, l.unit, max(u.name), count(*),
                       count(*) filter (where l.last_at is null or l.last_at < :since)
                from last l left join directory_unit u on u.code = l.unit
                group by grouping sets ((l.type), (l.unit), ())"""))
                .getResultList();
        long active = 0;
        long uncovered = 0;
        List<CoverageReport.Group> byType = new ArrayList<>();
        List<CoverageReport.Group> byUnit = new ArrayList<>();
        for (Object[] g : groups) {
            boolean typeRolledUp = Scopes.count(g[0]) == 1;
            boolean unitRolledUp = Scopes.count(g[1]) == 1;
            long count = Scopes.count(g[5]);
            long open = Scopes.count(g[6]);
            if (typeRolledUp && unitRolledUp) {
                active = count;
                uncovered = open;
            } else if (!typeRolledUp) {
                PointType type = PointType.valueOf((String) g[2]);
                byType.add(CoverageReport.Group.of(type.name(), type.displayName(), count, open));
            } else {
                String unit = (String) g[3];
                byUnit.add(CoverageReport.Group.of(unit, g[4] == null ? unit : (String) g[4], count, open));
            }
        }
        Comparator<CoverageReport.Group> worstFirst = Comparator.comparing(CoverageReport.Group::coverageRate)
                .thenComparing(CoverageReport.Group::uncoveredPoints, Comparator.reverseOrder())
                .thenComparing(CoverageReport.Group::key);
        byType.sort(worstFirst);
        byUnit.sort(worstFirst);

        List<CoverageReport.UncoveredPoint> items = new ArrayList<>();
        if (uncovered > paging.offset()) {
            List<Object[]> rows = where.param("limit", paging.size)
                    .param("offset", paging.offset())
                    .bind(em.createNativeQuery(LAST_INSPECTED.formatted(where.sql()) + """
                            select l.code, l.name, l.type, l.street, l.unit, u.name, l.last_at, l.temporary
                            from last l left join directory_unit u on u.code = l.unit
                            where l.last_at is null or l.last_at < :since
                            order by l.last_at nulls first, l.code
                            limit :limit offset :offset"""))
                    .getResultList();
            for (Object[] r : rows) {
                PointType type = PointType.valueOf((String) r[2]);
                Instant last = SqlTimes.instant(r[6]);
                items.add(new CoverageReport.UncoveredPoint(
                        (String) r[0],
                        (String) r[1],
                        type,
                        type.displayName(),
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        last,
                        window.daysSince(last),
                        (Boolean) r[7],
                        (Boolean) r[7] ? Point.TEMPORARY_LABEL : Point.REGISTERED_LABEL));
            }
        }
        return new CoverageReport(
                window.days(),
                window.firstDay(),
                window.today(),
                window.since(),
                window.zone().getId(),
                active,
                active - uncovered,
                uncovered,
                Rates.rate(active - uncovered, active),
                List.copyOf(byType),
                List.copyOf(byUnit),
                new Page<>(List.copyOf(items), paging.page, paging.size, uncovered));
    }
}
