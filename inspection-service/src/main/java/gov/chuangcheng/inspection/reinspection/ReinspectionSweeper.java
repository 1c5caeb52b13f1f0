package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.inspection.ReinspectionFallingDue;
import gov.chuangcheng.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Flags open re-inspections as falling due ({@link ReinspectionConfig#dueSoonBefore()} ahead) and as late once their
 * deadline has passed, each once per request, as {@code cc.reinspection.falling-due.v1}. A late verification is the
 * office's own lateness: nothing here touches the order or the unit's ledger.
 */
@ApplicationScoped
public class ReinspectionSweeper {

    /** How many re-inspections one sweep flags at most; the next sweep takes the rest. */
    static final int BATCH = 200;

    private final Outbox outbox;
    private final ReinspectionConfig config;
    private final Clock clock;

    public ReinspectionSweeper(Outbox outbox, ReinspectionConfig config, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "reinspection-sweep",
            every = "${cc.reinspection.sweep}",
            delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweep();
    }

    /** Flags what is due; returns how many flags it raised. */
    @Transactional
    public int sweep() {
        Instant now = clock.instant();
        int flagged = 0;
        List<ReinspectionTask> late = ReinspectionTask.<ReinspectionTask>find(
                        "status = ?1 and overdueAt is null and dueBy <= ?2 order by dueBy",
                        ReinspectionTask.Status.OPEN,
                        now)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, BATCH)
                .list();
        for (ReinspectionTask task : late) {
            task.overdueAt = now;
            task.dueSoonAt = task.dueSoonAt == null ? now : task.dueSoonAt; // a late one is not also "due soon"
            publish(task, true, now);
            flagged++;
        }
        List<ReinspectionTask> soon = ReinspectionTask.<ReinspectionTask>find(
                        "status = ?1 and dueSoonAt is null and dueBy <= ?2 order by dueBy",
                        ReinspectionTask.Status.OPEN,
                        now.plus(config.dueSoonBefore()))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, BATCH)
                .list();
        for (ReinspectionTask task : soon) {
            task.dueSoonAt = now;
            publish(task, false, now);
            flagged++;
        }
        return flagged;
    }

    private void publish(ReinspectionTask task, boolean overdue, Instant now) {
        outbox.publish(
                EventCatalog.REINSPECTION_FALLING_DUE,
                task.pointId.toString(),
                new ReinspectionFallingDue(
                        task.ref(), task.inspector, overdue, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
    }
}
