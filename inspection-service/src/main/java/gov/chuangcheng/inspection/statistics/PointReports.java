package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.platform.period.Period;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The public's reports per point (12345 / 数字城管 / Open311, the {@code service_request} rows; an inspector's own
 * findings are not among them) received in a period, by the responsible unit or the street of the point they were
 * routed to, beside the active registered points of each.
 *
 * <p>A report records its point, not a unit: it is counted for the point's responsible unit as the point names it
 * now. The order it opened may have gone to another unit (a settlement 确权 per standard, a reassignment 改派), and the
 * point may have changed hands since; the unit that keeps the place is the one a scoreboard of places should show.
 * A report still waiting for the office's dispatch has no point and is counted nowhere. Temporary points (临时点位),
 * made where a report fell off every registered point, count their reports but are not points of the unit: each
 * would otherwise add one to the denominator for the very report that made it. The department scope applies to the
 * point's responsible unit.
 */
@ApplicationScoped
public class PointReports {

    private final EntityManager em;

    public PointReports(EntityManager em) {
        this.em = em;
    }

    /** Reports and active registered points per key (a unit code or a street, which may be null), and names. */
    public record Tally(Map<String, Long> reports, Map<String, Long> activePoints, Map<String, String> names) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public Tally count(PassRateDimension by, Period period, UnitScope scope) {
        String column = switch (by) {
            case UNIT -> "p.responsible_unit_code";
            case STREET -> "p.street";
            default -> throw new IllegalArgumentException(by + " does not count reports");
        };
        Where received = new Where()
                .and("r.requested_at >= :from", "from", period.start())
                .and("r.requested_at < :to", "to", period.end())
                .scope("p.responsible_unit_code", scope);
        List<Object[]> reported = received.bind(em.createNativeQuery("""
                        select %1$s, max(u.name), count(*)
                        from service_request r join point p on p.id = r.point_id
                        left join directory_unit u on u.code = %1$s
                        where %2$s group by %1$s""".formatted(column, received.sql())))
                .getResultList();
        Where active = new Where().and("p.active").and("not p.temporary").scope("p.responsible_unit_code", scope);
        List<Object[]> points = active.bind(em.createNativeQuery(
                        "select %1$s, count(*) from point p where %2$s group by %1$s".formatted(column, active.sql())))
                .getResultList();
        Map<String, Long> reports = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Object[] r : reported) {
            reports.put((String) r[0], Scopes.count(r[2]));
            names.put((String) r[0], (String) r[1]);
        }
        Map<String, Long> activePoints = new HashMap<>();
        for (Object[] r : points) {
            activePoints.put((String) r[0], Scopes.count(r[1]));
        }
        return new Tally(reports, activePoints, names);
    }
}
