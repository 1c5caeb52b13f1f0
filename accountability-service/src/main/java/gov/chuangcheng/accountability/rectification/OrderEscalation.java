package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.escalation.DueStep;
import gov.chuangcheng.accountability.escalation.DueStepFiring;
import gov.chuangcheng.accountability.escalation.DueSteps;
import gov.chuangcheng.accountability.escalation.EscalationLadder;
import gov.chuangcheng.accountability.escalation.EscalationSchedule;
import gov.chuangcheng.accountability.escalation.LadderPolicies;
import gov.chuangcheng.accountability.escalation.StepOutcome;
import gov.chuangcheng.accountability.ledger.LedgerEntry;
import gov.chuangcheng.accountability.ledger.LedgerService;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.rectification.Deduction;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Moves orders up the escalation ladder: by the clock, through the due steps of {@link EscalationSchedule} that the
 * sweeper fires, and by the office's hand. Every rung an order reaches is one ledger entry, one history line and one
 * {@code cc.rectification.escalated.v1} that carries that entry's deduction.
 */
@ApplicationScoped
public class OrderEscalation implements DueStepFiring {

    private static final Logger LOG = Logger.getLogger(OrderEscalation.class);

    private final Clock clock;
    private final EscalationSchedule schedule;
    private final Orders orders;
    private final OrderEvents events;
    private final LedgerService ledger;
    private final LadderPolicies ladders;

    public OrderEscalation(
            Clock clock,
            EscalationSchedule schedule,
            Orders orders,
            OrderEvents events,
            LedgerService ledger,
            LadderPolicies ladders) {
        this.ladders = ladders;
        this.clock = clock;
        this.schedule = schedule;
        this.orders = orders;
        this.events = events;
        this.ledger = ledger;
    }

    public EscalationLadder ladder() {
        return ladders.configured();
    }

    /** The office's ladder in force for a new order (null: the configured one). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Long ladderForNewOrder(RectificationOrder order) {
        return ladders.inForce(order.severity(), order.standardCode()).orElse(null);
    }

    /**
     * Schedules the order's steps from {@code from} on the ladder it opened under; a suspended order gets none
     * (resumption schedules anew).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(RectificationOrder order, Instant from, WorkingCalendar calendar) {
        if (!order.suspended()) {
            schedule.schedule(
                    order.id(),
                    from,
                    order.deadline(),
                    order.level(),
                    ladders.ladder(order.ladderPolicyId()),
                    calendar);
        }
    }

    /** Cancels the order's pending steps (closed, suspended, or a new deadline replaces them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelPending(RectificationOrder order) {
        schedule.cancelPending(order.id());
    }

    /**
     * 督办 by the office's hand (e.g. on a leader's instruction 领导批示): one rung, or up to {@code target}, each rung
     * with {@code comment} and the deduction of its level. The clock's steps still fire from the new level.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void byHand(RectificationOrder order, EscalationLevel target, String by, String comment, Instant at) {
        for (EscalationLevel rung : order.rungsByHand(target)) {
            reached(order, order.climbTo(rung), EscalationReason.MANUAL, at, by, comment);
        }
    }

    /** Climbs {@code rungs} one by one: each is an event, a history line and a ledger entry. */
    private void climb(RectificationOrder order, List<EscalationLevel> rungs, EscalationReason reason, Instant at) {
        for (EscalationLevel rung : rungs) {
            reached(order, order.climbTo(rung), reason, at, null, null);
        }
    }

    /**
     * Records that the order has just reached its current level from {@code previous}: the escalated event, a history
     * line and the ledger entry of that level.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reached(
            RectificationOrder order,
            EscalationLevel previous,
            EscalationReason reason,
            Instant at,
            String by,
            String comment) {
        EscalationLevel rung = order.level();
        RectificationHistory.record(
                order,
                at,
                "ESCALATED",
                by == null ? "system" : by,
                previous.displayName() + " → " + rung.displayName() + "（" + reason.displayName() + "）"
                        + (comment == null ? "" : "：" + comment),
                reason);
        LedgerEntry entry = ledger.recordEscalation(events.ref(order), rung, reason);
        events.publish(
                EventCatalog.RECTIFICATION_ESCALATED,
                order,
                ref -> new RectificationEscalated(
                        ref,
                        previous,
                        rung,
                        reason,
                        events.at(at),
                        by,
                        comment,
                        new Deduction(entry.id, entry.kind(), entry.points)));
    }

    /** {@link #sweep(int, int)} over all orders as one shard. */
    @Transactional
    public int sweep() {
        return sweep(0, 1);
    }

    /**
     * Fires the due steps of at most one batch of orders of one shard, in the caller's transaction (or a new one).
     * Within an order, steps fire in due order, each once, recording the time it was due — after downtime, every
     * missed step fires once, in order. Returns the number of orders claimed.
     */
    @Override
    @Transactional
    public int sweep(int shard, int shards) {
        Instant now = clock.instant();
        DueSteps due = schedule.claimDue(shard, shards, now);
        if (due.orderIds().isEmpty()) {
            return 0;
        }
        Map<String, RectificationOrder> claimed = new HashMap<>();
        orders.all(due.orderIds()).forEach(o -> claimed.put(o.id(), o));
        Map<StepOutcome, List<Long>> outcomes = new EnumMap<>(StepOutcome.class);
        for (String id : due.orderIds()) {
            RectificationOrder order = claimed.get(id);
            for (DueStep step : due.of(id)) {
                outcomes.computeIfAbsent(fire(order, step, now), k -> new ArrayList<>())
                        .add(step.id());
            }
        }
        schedule.recordOutcomes(outcomes, now);
        return due.orderIds().size();
    }

    private StepOutcome fire(RectificationOrder order, DueStep step, Instant now) {
        if (!order.status().awaitsUnit()) {
            return StepOutcome.SKIPPED;
        }
        if (step.level() == EscalationLevel.SUPERVISION && order.markOverdue()) {
            RectificationHistory.record(order, step.dueAt(), "OVERDUE", "system", "已逾期");
        }
        List<EscalationLevel> rungs = ladder().onDueStep(order.level(), step.level());
        if (rungs.isEmpty()) {
            return StepOutcome.SKIPPED;
        }
        LOG.debugf("order %s: step %s due %s fires at %s", order.number(), step.level(), step.dueAt(), now);
        climb(order, rungs, step.reason(), step.dueAt());
        return StepOutcome.FIRED;
    }
}
