package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.inspection.ReinspectionAssigned;
import gov.chuangcheng.events.inspection.ReinspectionAssignment;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.inspection.patrol.PatrolPlan;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The re-inspection list: kept from the rectification events, closed by re-inspections. Each open re-inspection has
 * at most one inspector — the patrol plan's, the one who claimed it from the pool, or the office's choice — and every
 * assignment is published ({@code cc.reinspection.assigned.v1}).
 */
@ApplicationScoped
public class ReinspectionTasks {

    private static final Logger LOG = Logger.getLogger(ReinspectionTasks.class);

    /** Who filters the list: all, one inspector's own, or those in the pool. */
    public enum Holder {
        MINE,
        POOL
    }

    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;

    public ReinspectionTasks(Outbox outbox, Clock clock, ZoneId zone) {
        this.outbox = outbox;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Opens the order's re-inspection, or reopens it when an earlier re-inspection failed and a new one is due, and
     * gives it to the inspector whose patrol plan holds the point on the day of the request; without one it waits in
     * the pool.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requested(VerificationRequested event) {
        OrderRef order = event.order();
        UUID pointId;
        try {
            pointId = UUID.fromString(order.pointId());
        } catch (IllegalArgumentException | NullPointerException e) {
            // an order about something that is not one of this service's points (e.g. a public report)
            LOG.infof(
                    "verification of order %s is not about a point of this service (%s); skipped",
                    order.id(), order.pointId());
            return;
        }
        ReinspectionTask existing = ReinspectionTask.findById(order.id(), LockModeType.PESSIMISTIC_WRITE);
        ReinspectionTask task = existing != null ? existing : new ReinspectionTask();
        task.orderId = order.id();
        task.orderNumber = order.number();
        task.pointId = pointId;
        task.pointCode = order.pointCode();
        task.pointName = order.pointName();
        task.standardCode = order.standardCode();
        task.standardName = order.standardName();
        task.unitCode = order.unitCode();
        task.severity = order.severity();
        Instant requestedAt = event.at() == null ? clock.instant() : event.at().toInstant();
        task.reopen(event.dueBy() == null ? null : event.dueBy().toInstant(), requestedAt);
        if (existing == null) {
            task.persist();
        }
        planned(pointId, LocalDate.ofInstant(requestedAt, zone))
                .ifPresent(inspector ->
                        assign(task, inspector, ReinspectionAssignment.PATROL_PLAN, "system", clock.instant()));
    }

    /** 认领: an inspector takes a re-inspection from the pool; the second claimant gets 409. */
    @Transactional
    public ReinspectionTask claim(String orderId, String inspector) {
        ReinspectionTask task = lock(orderId);
        assign(task, inspector, ReinspectionAssignment.CLAIMED, inspector, clock.instant());
        return task;
    }

    /** 指派: the office gives a re-inspection to an inspector (taking it from another one, if it had one). */
    @Transactional
    public ReinspectionTask assignByOffice(String orderId, String inspector, String by) {
        ReinspectionTask task = lock(orderId);
        assign(task, inspector, ReinspectionAssignment.OFFICE, by, clock.instant());
        return task;
    }

    /** Refuses (409) a re-inspection that is not open or that another inspector holds, before it is recorded. */
    public void checkSubmittable(ReinspectionTask task, String inspector) {
        task.checkSubmittableBy(inspector);
    }

    /** Done by {@code inspectionId}; a re-inspection taken from the pool this way is published as claimed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void done(ReinspectionTask task, UUID inspectionId, String inspector) {
        task.checkSubmittableBy(inspector);
        boolean fromPool = task.inspector == null;
        Instant now = clock.instant();
        task.done(inspectionId, inspector, now);
        if (fromPool) {
            publish(task, null, inspector, now);
        }
    }

    /** The order stopped waiting for its verification (sent back, voided, merged): its open re-inspection ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(String orderId) {
        ReinspectionTask task = ReinspectionTask.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
        if (task != null) {
            task.withdraw();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReinspectionTask> find(String orderId, UnitScope scope) {
        return ReinspectionTask.<ReinspectionTask>findByIdOptional(orderId).filter(t -> scope.includes(t.unitCode));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReinspectionTask> list(
            UnitScope scope,
            ReinspectionTask.Status status,
            String pointCode,
            Holder holder,
            String caller,
            PageRequest paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope.filter().ifPresent(units -> {
            where.append(" and unitCode in :units");
            params.put("units", units);
        });
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (pointCode != null) {
            where.append(" and pointCode = :point");
            params.put("point", pointCode);
        }
        if (holder == Holder.MINE) {
            where.append(" and inspector = :inspector");
            params.put("inspector", caller);
        } else if (holder == Holder.POOL) {
            where.append(" and inspector is null");
        }
        return Page.of(
                ReinspectionTask.<ReinspectionTask>find(where + " order by dueBy nulls last, orderId", params),
                paging,
                t -> t);
    }

    private static ReinspectionTask lock(String orderId) {
        ReinspectionTask task = ReinspectionTask.findById(orderId, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw ProblemException.notFound("re-inspection of order", orderId);
        }
        return task;
    }

    private void assign(ReinspectionTask task, String inspector, ReinspectionAssignment how, String by, Instant at) {
        String previous = task.assign(inspector, how, at);
        publish(task, previous, by, at);
    }

    private void publish(ReinspectionTask task, String previous, String by, Instant at) {
        outbox.publish(
                EventCatalog.REINSPECTION_ASSIGNED,
                task.pointId.toString(),
                new ReinspectionAssigned(
                        task.ref(),
                        task.inspector,
                        task.assignment,
                        previous,
                        by,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
    }

    /** The inspector whose patrol plan holds the point on {@code day} (the earliest-created plan, if several do). */
    private static Optional<String> planned(UUID pointId, LocalDate day) {
        List<PatrolPlan> plans = PatrolPlan.list(
                "select p from PatrolPlan p join p.pointIds pid where pid = ?1 and p.startDate <= ?2"
                        + " and p.endDate >= ?2 order by p.createdAt, p.id",
                pointId,
                day);
        return plans.stream().map(p -> p.inspector).findFirst();
    }
}
