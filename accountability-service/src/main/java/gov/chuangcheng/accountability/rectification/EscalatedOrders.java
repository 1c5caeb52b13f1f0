package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.EscalationReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders that reached a rung in a window, with their history up to its end, as plain values: what a 通报 names
 * and tells the escalation of. Other features read orders through this, never through the entity.
 */
@ApplicationScoped
public class EscalatedOrders {

    /** An order and its history lines before the window's end, oldest first. */
    public record EscalatedOrder(
            String id,
            String number,
            String unitCode,
            String unitName,
            String pointName,
            String description,
            boolean voided,
            List<HistoryLine> history) {}

    /**
     * One line of an order's history.
     *
     * @param level  the order's level after the line
     * @param reason why it climbed, on {@code ESCALATED} lines; null elsewhere
     */
    public record HistoryLine(Instant at, String action, EscalationLevel level, EscalationReason reason, String note) {

        public static final String ESCALATED = "ESCALATED";
        public static final String REINSPECTION_FAILED = "REINSPECTION_FAILED";
    }

    private final EntityManager em;

    public EscalatedOrders(EntityManager em) {
        this.em = em;
    }

    /**
     * Orders with an {@code ESCALATED} line to {@code level} or above at a time in [{@code from}, {@code to}),
     * ordered by number, each with its history before {@code to}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EscalatedOrder> reached(EscalationLevel level, Instant from, Instant to) {
        List<EscalationLevel> rungs = new ArrayList<>();
        for (EscalationLevel l : EscalationLevel.values()) {
            if (l.compareTo(level) >= 0) {
                rungs.add(l);
            }
        }
        List<RectificationOrder> orders = em.createQuery("""
                        select o from RectificationOrder o where o.id in (
                            select h.orderId from RectificationHistory h
                            where h.action = :escalated and h.level in :rungs and h.at >= :from and h.at < :to)
                        order by o.number""", RectificationOrder.class)
                .setParameter("escalated", HistoryLine.ESCALATED)
                .setParameter("rungs", rungs)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<String, List<HistoryLine>> lines = new HashMap<>();
        em.createQuery(
                        "select h from RectificationHistory h where h.orderId in :ids and h.at < :to order by h.id",
                        RectificationHistory.class)
                .setParameter("ids", orders.stream().map(RectificationOrder::id).toList())
                .setParameter("to", to)
                .getResultList()
                .forEach(h -> lines.computeIfAbsent(h.orderId, k -> new ArrayList<>())
                        .add(new HistoryLine(h.at, h.action, h.level, h.reason, h.note)));
        return orders.stream()
                .map(o -> new EscalatedOrder(
                        o.id(),
                        o.number(),
                        o.unitCode(),
                        o.unitName(),
                        o.pointName(),
                        o.description(),
                        o.closure() != null && (o.closure().voided() || o.closure() == Closure.MERGED),
                        lines.getOrDefault(o.id(), List.of())))
                .toList();
    }
}
