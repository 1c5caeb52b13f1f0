package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.time.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * The worst points of a period, in one grouped query over the field inspections (patrols) only: a re-inspection (复查)
 * checks a unit's fix of one problem, and three of them after one failed patrol would make a point look four times
 * bad. The department scope applies to the responsible unit an inspection recorded, as for the pass rates.
 */
@ApplicationScoped
public class WorstPoints {

    private final EntityManager em;

    public WorstPoints(EntityManager em) {
        this.em = em;
    }

    /**
     * Points with at least {@code minInspections} field inspections and at least one failure among them (a failed
     * inspection or a failed item) in the period: lowest pass rate first, then the most failed inspections, then the
     * most failed items.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public WorstPointsReport worstPoints(Period period, UnitScope scope, int minInspections, int limit) {
        Where where = new Where()
                .and("i.inspected_at >= :from", "from", period.start())
                .and("i.inspected_at < :to", "to", period.end())
                .and("i.reinspection_order_id is null")
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
}
