package gov.chuangcheng.accountability.escalation;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The due steps an order's ladder gives it, kept in {@code escalation_step}: scheduled for an order
 * id, a deadline and a level, cancelled when they no longer apply, claimed by the sweep when due, and marked with what
 * firing them did. Knows orders only by these plain values.
 */
@ApplicationScoped
public class EscalationSchedule {

    private final EntityManager em;
    private final Clock clock;
    private final int batch;

    public EscalationSchedule(EntityManager em, Clock clock, EscalationConfig config) {
        this.em = em;
        this.clock = clock;
        this.batch = Math.max(1, config.sweepBatch());
    }

    /**
     * Schedules the time-triggered steps of {@code ladder} above {@code level} of an order whose clock runs from
     * {@code from} to {@code deadline} and beyond. An order already at 督办 or above still gets a step at its (new) deadline: it climbs
     * nothing but flags the order overdue (已逾期) when it passes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void schedule(
            String orderId,
            Instant from,
            Instant deadline,
            EscalationLevel level,
            EscalationLadder ladder,
            WorkingCalendar calendar) {
        List<EscalationLadder.Step> steps = new ArrayList<>(ladder.schedule(from, deadline, level, calendar));
        if (level.compareTo(EscalationLevel.SUPERVISION) >= 0) {
            steps.add(0, new EscalationLadder.Step(EscalationLevel.SUPERVISION, EscalationReason.OVERDUE, deadline));
        }
        for (EscalationLadder.Step s : steps) {
            EscalationStep step = new EscalationStep();
            step.orderId = orderId;
            step.level = s.level();
            step.reason = s.reason();
            step.dueAt = s.dueAt();
            step.persist();
        }
    }

    /** Cancels the order's pending steps (closed, suspended, or a new deadline replaces them). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelPending(String orderId) {
        EscalationStep.update(
                "firedAt = ?1, outcome = ?2 where orderId = ?3 and firedAt is null",
                clock.instant(),
                StepOutcome.CANCELLED,
                orderId);
    }

    /**
     * Claims at most one batch of orders with steps due at {@code now} in one shard of the orders
     * ({@code hashtext(order id) mod shards = shard}), so that the workers of one sweeper claim different orders from
     * the start instead of queueing behind each other's locks. Orders are locked with {@code FOR UPDATE SKIP LOCKED}:
     * a concurrent sweeper (another replica) claims other orders, and an order a user is changing right now is left
     * for the next sweep.
     *
     * <p>The claim reads only due steps: the batch size is a literal in the statement, never a bind parameter, so that
     * the planner always takes the pending-due index (with a parameterised {@code LIMIT} its generic plan scans every
     * order). Claimed orders come in unit order, so that two sweepers take the units' ledger rows in the same order
     * and never deadlock; their due steps are read with one statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public DueSteps claimDue(int shard, int shards, Instant now) {
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
            return new DueSteps(List.of(), Map.of());
        }
        Map<String, List<DueStep>> due = new HashMap<>();
        em.createQuery("""
                        select new gov.chuangcheng.accountability.escalation.DueStep(s.id, s.orderId, s.level, s.reason,
                            s.dueAt)
                        from EscalationStep s where s.orderId in ?1 and s.firedAt is null and s.dueAt <= ?2
                        order by s.dueAt, s.id""", DueStep.class)
                .setParameter(1, ids)
                .setParameter(2, now)
                .getResultList()
                .forEach(step -> due.computeIfAbsent(step.orderId(), k -> new ArrayList<>())
                        .add(step));
        return new DueSteps(ids, due);
    }

    /** Marks steps as fired at {@code at}, each with what firing it did (one statement per outcome). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOutcomes(Map<StepOutcome, List<Long>> outcomes, Instant at) {
        outcomes.forEach((outcome, ids) -> {
            if (!ids.isEmpty()) {
                EscalationStep.update("firedAt = ?1, outcome = ?2 where id in ?3", at, outcome, ids);
            }
        });
    }
}
