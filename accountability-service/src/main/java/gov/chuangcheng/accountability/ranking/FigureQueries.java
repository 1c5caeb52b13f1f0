package gov.chuangcheng.accountability.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts every unit's {@link FigureCounts} in a window, one grouped query per figure (one row per unit whatever the
 * number of orders: loading the orders themselves grows with the campaign and once ran the service out of heap). Each
 * query selects its orders by the instant that puts them in the window, on an index of that instant (V23).
 */
@ApplicationScoped
class FigureQueries {

    /** Orders that were rectified or still may be: not voided (作废, 不属实, an upheld appeal of old), not merged. */
    private static final String NOT_WITHDRAWN = "(o.closure is null or o.closure = 'REINSPECTION')";

    private final EntityManager em;

    FigureQueries(EntityManager em) {
        this.em = em;
    }

    Map<String, FigureCounts> counts(Window window, Instant now) {
        Map<String, FigureCounts> counts = new HashMap<>();
        add(counts, due(window, now), r -> new FigureCounts(n(r[1]), n(r[2]), 0, 0, 0, 0, 0, 0, 0));
        add(counts, verified(window), r -> new FigureCounts(0, 0, n(r[1]), n(r[2]), 0, 0, 0, 0, 0));
        add(counts, fixed(window), r -> new FigureCounts(0, 0, 0, 0, n(r[1]), n(r[2]), 0, 0, 0));
        add(counts, disputes(window), r -> new FigureCounts(0, 0, 0, 0, 0, 0, n(r[1]), n(r[2]), 0));
        add(counts, opened(window), r -> new FigureCounts(0, 0, 0, 0, 0, 0, 0, 0, n(r[1])));
        return counts;
    }

    /**
     * 应结案: the deadline in force fell in the window and has passed (or the order was fixed before it). A suspended
     * order has no deadline running, and one whose fix was submitted in time and awaits verification is undecided:
     * counting it late would charge the unit for the office's own delay.
     */
    private List<Object[]> due(Window window, Instant now) {
        return rows(em.createNativeQuery("""
                        select o.unit_code, count(*), count(*) filter (where o.status = 'CLOSED' and o.on_time)
                        from rectification_order o
                        where o.deadline >= ?1 and o.deadline < ?2 and o.suspended_at is null and %s
                          and (o.status = 'CLOSED'
                               or (o.deadline <= ?3
                                   and not (o.status in ('SUBMITTED', 'VERIFYING')
                                            and o.submitted_at <= coalesce(o.deadline_at_submission, o.deadline))))
                        group by o.unit_code""".formatted(NOT_WITHDRAWN))
                .setParameter(1, window.start())
                .setParameter(2, window.end())
                .setParameter(3, now));
    }

    /**
     * Orders verified in the window, and those that failed a verification there (返工). A verification leaves its mark
     * in the order's history ({@code CLOSED} on a pass, {@code REINSPECTION_FAILED} on a failure), and a period
     * counts those marks. Over the whole campaign every mark counts, and the order itself tells the same: a pass
     * closed it as fixed and every failure added one to {@code reinspection_failures}; that one scan of the orders
     * spares the join of every history mark to its order (2 s over a million orders, {@code bench/RESULTS.md}).
     */
    private List<Object[]> verified(Window window) {
        if (window.equals(Window.CAMPAIGN)) {
            return rows(em.createNativeQuery("""
                    select o.unit_code, count(*), count(*) filter (where o.reinspection_failures > 0)
                    from rectification_order o
                    where %s and (o.status = 'CLOSED' or o.reinspection_failures > 0)
                    group by o.unit_code""".formatted(NOT_WITHDRAWN)));
        }
        return rows(em.createNativeQuery("""
                        select o.unit_code, count(distinct h.order_id),
                               count(distinct h.order_id) filter (where h.action = 'REINSPECTION_FAILED')
                        from rectification_history h join rectification_order o on o.id = h.order_id
                        where h.action in ('CLOSED', 'REINSPECTION_FAILED') and h.at >= ?1 and h.at < ?2
                          and %s
                        group by o.unit_code""".formatted(NOT_WITHDRAWN))
                .setParameter(1, window.start())
                .setParameter(2, window.end()));
    }

    /** Orders verified fixed (销号) in the window, with the office time each kept when it closed. */
    private List<Object[]> fixed(Window window) {
        return rows(em.createNativeQuery("""
                        select o.unit_code, count(*), coalesce(sum(o.office_seconds_to_close), 0)
                        from rectification_order o
                        where o.status = 'CLOSED' and o.closed_at >= ?1 and o.closed_at < ?2 and %s
                        group by o.unit_code""".formatted(NOT_WITHDRAWN))
                .setParameter(1, window.start())
                .setParameter(2, window.end()));
    }

    private List<Object[]> disputes(Window window) {
        return rows(em.createNativeQuery("""
                        select disputing_unit_code, count(*), count(*) filter (where status = 'APPROVED')
                        from order_request
                        where kind = 'DISPUTE' and requested_at >= ?1 and requested_at < ?2
                        group by disputing_unit_code""").setParameter(1, window.start()).setParameter(2, window.end()));
    }

    /** Orders opened in the window, whatever became of them, for the unit that has them now. */
    private List<Object[]> opened(Window window) {
        return rows(em.createNativeQuery("""
                        select o.unit_code, count(*) from rectification_order o
                        where o.opened_at >= ?1 and o.opened_at < ?2
                        group by o.unit_code""").setParameter(1, window.start()).setParameter(2, window.end()));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static void add(
            Map<String, FigureCounts> counts, List<Object[]> rows, Function<Object[], FigureCounts> of) {
        for (Object[] r : rows) {
            if (r[0] != null) {
                counts.merge((String) r[0], of.apply(r), FigureCounts::plus);
            }
        }
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
