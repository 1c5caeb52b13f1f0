package gov.chuangcheng.task.decomposition;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.platform.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Finds tasks whose due date has passed before completion, marks them overdue and publishes
 * {@code cc.task.overdue.v1} — exactly once per task, with any number of replicas and across restarts:
 *
 * <ul>
 *   <li>the state is in the database, not in memory: a task is a candidate while {@code overdue_notified_at} is
 *       null, so a restart simply finds what is still due;</li>
 *   <li>one transaction selects a batch of candidates {@code for update skip locked}, marks them and writes their
 *       events to the outbox; the mark and the outbox row commit together or not at all;</li>
 *   <li>a second sweeper (another replica, or a second thread) skips the rows the first one holds, and once the first
 *       commits they are no longer candidates.</li>
 * </ul>
 *
 * "Overdue" means the district's local date (the injected zone: {@code cc.calendar.zone}, Asia/Shanghai by default) is
 * after the due date.
 */
@ApplicationScoped
public class OverdueSweeper {

    private static final Logger LOG = Logger.getLogger(OverdueSweeper.class);

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final ZoneId zone;
    private final int batchSize;

    public OverdueSweeper(
            EntityManager em,
            Outbox outbox,
            Clock clock,
            ZoneId zone,
            @ConfigProperty(name = "cc.tasks.overdue-batch", defaultValue = "100") int batchSize) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.zone = zone;
        this.batchSize = batchSize;
    }

    /**
     * Sweeps every {@code cc.tasks.overdue-sweep} (60 s by default); "off" disables it (tests call {@link #sweep()}
     * themselves).
     */
    @Scheduled(
            identity = "task-overdue-sweep",
            every = "${cc.tasks.overdue-sweep:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweep();
    }

    /** Marks every task that is overdue now; returns how many this call marked. Safe to call concurrently. */
    public int sweep() {
        int total = 0;
        while (true) {
            int[] batch = QuarkusTransaction.requiringNew().call(this::sweepBatch);
            total += batch[1];
            if (batch[0] < batchSize) {
                break;
            }
        }
        if (total > 0) {
            LOG.infof("%d task(s) found overdue", total);
        }
        return total;
    }

    /** One transaction: returns {rows locked, tasks marked}. */
    @SuppressWarnings("unchecked")
    private int[] sweepBatch() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<String> ids = em.createNativeQuery("""
                        select id from task
                        where overdue_notified_at is null and status <> 'COMPLETED' and due_date < ?1
                        order by due_date, id
                        limit ?2
                        for update skip locked""")
                .setParameter(1, today)
                .setParameter(2, batchSize)
                .getResultList();
        int marked = 0;
        for (String id : ids) {
            Task task = em.find(Task.class, id);
            if (task.lifecycle.markOverdue(now, today, task.dueDate)) {
                task.updatedAt = now;
                outbox.publish(
                        EventCatalog.TASK_OVERDUE,
                        task.id,
                        new TaskOverdue(
                                task.id,
                                task.title,
                                task.leadUnitCode,
                                Tasks.unitNames(List.of(task.leadUnitCode)).get(task.leadUnitCode),
                                task.dueDate,
                                OffsetDateTime.ofInstant(now, zone)));
                marked++;
            }
        }
        return new int[] {ids.size(), marked};
    }
}
