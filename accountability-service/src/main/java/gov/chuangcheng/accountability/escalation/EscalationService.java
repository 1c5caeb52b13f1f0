package gov.chuangcheng.accountability.escalation;

import gov.chuangcheng.accountability.ledger.LedgerService;
import gov.chuangcheng.accountability.rectification.RectificationHistory;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moves orders up the escalation ladder: at once on failures, and through due steps kept in {@code escalation_step}
 * that {@link #sweep()} fires. Every rung is one {@code cc.rectification.escalated.v1} and one ledger entry.
 */
@ApplicationScoped
public class EscalationService {

    private static final Logger LOG = Logger.getLogger(EscalationService.class);

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final LedgerService ledger;
    private final EscalationLadder ladder;
    private final int batch;

    public EscalationService(EntityManager em, Outbox outbox, Clock clock, LedgerService ledger,
                             EscalationConfig config) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.ledger = ledger;
        this.ladder = new EscalationLadder(config.reminderBefore(), Delay.parse(config.noticeAfter()),
                Delay.parse(config.talkAfter()), Delay.parse(config.accountabilityAfter()), config.noticeOnFailureCount());
        this.batch = Math.max(1, config.sweepBatch());
    }

    public EscalationLadder ladder() {
        return ladder;
    }

    /**
     * Schedules the time-triggered steps above the order's level, from {@code from} to its deadline and beyond. An
     * order already at 督办 or above still gets a step at its (new) deadline: it climbs nothing but flags the order
     * overdue (已逾期) when it passes. A suspended order gets no steps.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(RectificationOrder order, Instant from, WorkingCalendar calendar) {
        if (order.suspended()) {
            return; // the clock is stopped; resumption schedules anew
        }
        List<EscalationLadder.Step> steps = new ArrayList<>(
                ladder.schedule(from, order.deadline, order.level, calendar));
        if (order.level.compareTo(EscalationLevel.SUPERVISION) >= 0) {
            steps.add(0, new EscalationLadder.Step(EscalationLevel.SUPERVISION, EscalationReason.OVERDUE,
                    order.deadline));
        }
        for (EscalationLadder.Step s : steps) {
            EscalationStep step = new EscalationStep();
            step.orderId = order.id;
            step.level = s.level();
            step.reason = s.reason();
            step.dueAt = s.dueAt();
            step.persist();
        }
    }

    /** Cancels the order's pending steps (closed, or a new deadline replaces them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelPending(RectificationOrder order) {
        EscalationStep.update("firedAt = ?1, outcome = ?2 where orderId = ?3 and firedAt is null", clock.instant(),
                EscalationStep.Outcome.CANCELLED, order.id);
    }

    /** The order's failures-th failure: climbs the rungs the ladder gives, at {@code at}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onFailure(RectificationOrder order, EscalationReason reason, Instant at) {
        climb(order, ladder.onFailure(order.level, order.failures), reason, at);
    }

    /** Climbs {@code rungs} one by one: each is an event, a history line and a ledger entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void climb(RectificationOrder order, List<EscalationLevel> rungs, EscalationReason reason, Instant at) {
        for (EscalationLevel rung : rungs) {
            EscalationLevel previous = order.level;
            order.level = rung;
            reached(order, previous, reason, at);
        }
    }

    /**
     * Records that the order has just reached its current level from {@code previous}: the escalated event, a history
     * line and the ledger entry of that level.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reached(RectificationOrder order, EscalationLevel previous, EscalationReason reason, Instant at) {
        EscalationLevel rung = order.level;
        RectificationHistory.record(order, at, "ESCALATED", "system",
                previous.displayName() + " → " + rung.displayName() + "（" + reason.displayName() + "）");
        outbox.publish(EventCatalog.RECTIFICATION_ESCALATED, order.episodeKey(),
                new RectificationEscalated(order.ref(), previous, rung, reason, RectificationOrder.at(at)));
        ledger.recordEscalation(order, rung, reason);
    }

    /**
     * Fires the due steps of at most one batch of orders, in the caller's transaction (or a new one). Orders are
     * claimed with {@code FOR UPDATE SKIP LOCKED}: a concurrent sweeper (another replica) claims other orders, and an
     * order a user is changing right now is left for the next sweep. Within an order, steps fire in due order, each
     * once, recording the time it was due — after downtime, every missed step fires once, in order. Returns the
     * number of orders claimed.
     *
     * <p>The claim reads only due steps: the batch size is a literal in the statement, never a bind parameter, so that
     * the planner always takes the pending-due index (with a parameterised {@code LIMIT} its generic plan scans every
     * order). Claimed orders are worked through in unit order, so that two sweepers take the units' ledger rows in the
     * same order and never deadlock; their orders and due steps are read with one statement each.
     */
    @Transactional
    public int sweep() {
        return sweep(0, 1);
    }

    /**
     * {@link #sweep()} over one shard of the orders ({@code hashtext(order id) mod shards = shard}), so that the
     * workers of one sweeper claim different orders from the start instead of queueing behind each other's locks.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sweep(int shard, int shards) {
        Instant now = clock.instant();
        String inShard = shards <= 1 ? "" : "and mod(abs(hashtext(s.order_id)), %d) = %d".formatted(shards, shard);
        List<String> ids = em.createNativeQuery("""
                        select o.id from rectification_order o
                        where o.id = any(array(select s.order_id from escalation_step s
                                               where s.fired_at is null and s.due_at <= ?1 %s
                                               order by s.due_at limit %d))
                        order by o.unit_code, o.id
                        for update of o skip locked""".formatted(inShard, batch))
                .setParameter(1, now)
                .getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Map<String, RectificationOrder> orders = new HashMap<>();
        em.createQuery("from RectificationOrder o where o.id in :ids", RectificationOrder.class)
                .setParameter("ids", ids).getResultList().forEach(o -> orders.put(o.id, o));
        Map<String, List<EscalationStep>> due = new HashMap<>();
        EscalationStep.<EscalationStep>list("orderId in ?1 and firedAt is null and dueAt <= ?2 order by dueAt, id",
                ids, now).forEach(step -> due.computeIfAbsent(step.orderId, k -> new ArrayList<>()).add(step));
        for (String id : ids) {
            RectificationOrder order = orders.get(id);
            for (EscalationStep step : due.getOrDefault(id, List.of())) {
                fire(order, step, now);
            }
        }
        return ids.size();
    }

    private void fire(RectificationOrder order, EscalationStep step, Instant now) {
        step.firedAt = now;
        if (!order.status.awaitsUnit()) {
            step.outcome = EscalationStep.Outcome.SKIPPED;
            return;
        }
        if (step.level == EscalationLevel.SUPERVISION && !order.overdue) {
            order.overdue = true;
            RectificationHistory.record(order, step.dueAt, "OVERDUE", "system", "已逾期");
        }
        List<EscalationLevel> rungs = ladder.onDueStep(order.level, step.level);
        if (rungs.isEmpty()) {
            step.outcome = EscalationStep.Outcome.SKIPPED;
            return;
        }
        LOG.debugf("order %s: step %s due %s fires at %s", order.number, step.level, step.dueAt, now);
        climb(order, rungs, step.reason, step.dueAt);
        step.outcome = EscalationStep.Outcome.FIRED;
    }
}
