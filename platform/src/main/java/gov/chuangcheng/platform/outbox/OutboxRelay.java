package gov.chuangcheng.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka, in id order, and marks them published.
 *
 * <ul>
 *   <li>Every pass reads <em>all</em> unpublished rows ({@code published_at is null order by id}), never
 *       "rows after the last id sent": a row whose transaction committed after a higher id was sent is found on the
 *       next pass instead of being skipped forever.</li>
 *   <li>Sending and marking happen in one database transaction that holds a transaction-scoped advisory lock: with
 *       several replicas only one relay publishes at a time, and a second one simply finds the lock taken.</li>
 *   <li>A crash (or any failure) after sending and before the mark commits leaves the rows unpublished: they are sent
 *       again. Kafka may then carry a duplicate, which consumers absorb through their inbox; nothing is lost.</li>
 *   <li>While the broker is down, passes fail and back off exponentially; the rows wait in the table.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    @Inject
    EntityManager em;

    @Inject
    OutboxKafkaSender sender;

    @Inject
    OutboxConfig config;

    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService worker;
    private Instant lastCleanup = Instant.EPOCH;

    void start(@Observes StartupEvent ignored) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled in this process");
            return;
        }
        running = true;
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        worker.submit(this::loop);
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        wakeUp();
        if (worker != null) {
            worker.shutdown();
            try {
                worker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after a commit that wrote outbox rows. */
    public void wakeUp() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    private void loop() {
        Duration backoff = config.minBackoff();
        while (running) {
            try {
                int published = publishPendingBatch();
                backoff = config.minBackoff();
                cleanUpNowAndThen();
                if (published >= config.batchSize()) {
                    continue;
                }
                wakeups.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("outbox relay pass failed, retrying in %d ms: %s", backoff.toMillis(), e.toString());
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                        ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * One pass: publish up to one batch of pending rows. Returns how many rows were published (0 when there were none
     * or another relay holds the lock). Throws when Kafka or the database failed; the rows then stay pending.
     */
    public int publishPendingBatch() throws OutboxKafkaSender.SendFailedException {
        try {
            return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
                if (!tryLead()) {
                    return 0;
                }
                em.createNativeQuery("select set_config('lock_timeout', ?1, true)")
                        .setParameter(1, config.lockTimeout().toMillis() + "ms")
                        .getSingleResult();
                List<OutboxRow> rows = pendingRows();
                if (rows.isEmpty()) {
                    return 0;
                }
                sender.sendAll(rows);
                em.createNativeQuery("update outbox_event set published_at = now() where id in (:ids)")
                        .setParameter("ids", rows.stream().map(OutboxRow::id).toList())
                        .executeUpdate();
                return rows.size();
            });
        } catch (RuntimeException e) {
            if (e.getCause() instanceof OutboxKafkaSender.SendFailedException sendFailed) {
                throw sendFailed;
            }
            throw e;
        }
    }

    private boolean tryLead() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, config.lockKey())
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    @SuppressWarnings("unchecked")
    private List<OutboxRow> pendingRows() {
        List<Object[]> raw =
                em.createNativeQuery("""
                        select id, event_id, topic, msg_key, event_type, source, occurred_at, payload
                        from outbox_event where published_at is null order by id limit ?1""").setParameter(1, config.batchSize()).getResultList();
        return raw.stream()
                .map(r -> new OutboxRow(
                        ((Number) r[0]).longValue(),
                        (UUID) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        toOffset(r[6]),
                        (String) r[7]))
                .toList();
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /** Age of the oldest row not yet published, or zero when there is none. */
    public Duration oldestPendingAge() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object age = em.createNativeQuery("""
                    select coalesce(extract(epoch from now() - min(created_at)), 0)
                    from outbox_event where published_at is null""").getSingleResult();
            return Duration.ofMillis((long) (((Number) age).doubleValue() * 1000));
        });
    }

    private void cleanUpNowAndThen() {
        Instant now = Instant.now();
        if (Duration.between(lastCleanup, now).compareTo(CLEANUP_EVERY) < 0) {
            return;
        }
        lastCleanup = now;
        long retentionSeconds = config.retention().toSeconds();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from outbox_event where published_at < now() - make_interval(secs => ?1)")
                    .setParameter(1, retentionSeconds)
                    .executeUpdate();
            em.createNativeQuery("delete from inbox_event where received_at < now() - make_interval(secs => ?1)")
                    .setParameter(1, retentionSeconds)
                    .executeUpdate();
        });
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
