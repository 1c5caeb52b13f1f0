package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.time.SqlTimes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Gives orders closed before version 14 of the schema the office time they took ({@code office_seconds_to_close}),
 * which the ranking's mean time to rectify sums. Runs once at start, off the main thread, in batches of its own
 * transactions; every later closure sets the column itself, so the work ends when no closed order lacks it. Two
 * replicas doing it at once compute the same values.
 */
@ApplicationScoped
public class OfficeTimeBackfill {

    private static final Logger LOG = Logger.getLogger(OfficeTimeBackfill.class);
    static final int BATCH = 500;

    private final EntityManager em;
    private final CalendarService calendars;

    public OfficeTimeBackfill(EntityManager em, CalendarService calendars) {
        this.em = em;
        this.calendars = calendars;
    }

    void onStart(@Observes StartupEvent start) {
        Thread worker = new Thread(this::run, "office-time-backfill");
        worker.setDaemon(true);
        worker.start();
    }

    /** Fills every closed order lacking its office time; returns how many it filled. */
    public int run() {
        int filled = 0;
        try {
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(this::fillBatch);
                filled += batch;
            } while (batch == BATCH);
            if (filled > 0) {
                LOG.infof("office time to close filled in for %d orders closed before it was kept", filled);
            }
        } catch (RuntimeException e) {
            // the next start tries again; until then those orders only lack their share of the mean time
            LOG.warnf("office time backfill stopped after %d orders: %s", filled, e.toString());
        }
        return filled;
    }

    @SuppressWarnings("unchecked")
    private int fillBatch() {
        List<Object[]> rows = em.createNativeQuery("""
                        select id, opened_at, closed_at from rectification_order
                        where closed_at is not null and office_seconds_to_close is null
                        limit %d for update skip locked""".formatted(BATCH)).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        WorkingCalendar calendar = calendars.calendar();
        for (Object[] r : rows) {
            long seconds = calendar.officeTimeBetween(SqlTimes.instant(r[1]), SqlTimes.instant(r[2]))
                    .toSeconds();
            em.createNativeQuery("update rectification_order set office_seconds_to_close = ?1 where id = ?2")
                    .setParameter(1, seconds)
                    .setParameter(2, r[0])
                    .executeUpdate();
        }
        return rows.size();
    }
}
