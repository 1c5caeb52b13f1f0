package gov.chuangcheng.platform.delivery;

import gov.chuangcheng.platform.transaction.AfterCommit;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Claim-and-drain for a channel whose due work is rows of a table (mail, webhook posts). One batch claims up to
 * {@code batchSize} due rows ({@code for update skip locked}, so replicas and threads never take the same row) and
 * handles them in a transaction of its own, which holds the rows' locks while it talks to the outside; {@link #drain}
 * runs batches until one claims less than a full batch.
 *
 * <p>Passes run on a thread of the pump's own: soon after a transaction that queued work commits
 * ({@link #afterCommit}), and whenever woken ({@link #wakeUp}). Wake-ups while a pass is waiting to start merge into
 * it; a failed pass is logged and left to the channel's sweeper, which calls {@link #drain} itself.
 */
public final class DeliveryPump implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeliveryPump.class);

    /** What one batch did: how many rows it claimed, and how many of them it delivered. */
    public record Batch(int claimed, int delivered) {}

    /** Runs one batch in a new transaction with the given timeout (seconds). */
    @FunctionalInterface
    public interface Transactions {
        Batch inNewTransaction(int timeoutSeconds, Supplier<Batch> batch);
    }

    /** Each batch in a JTA transaction of its own. */
    public static final Transactions JTA = (timeoutSeconds, batch) ->
            QuarkusTransaction.requiringNew().timeout(timeoutSeconds).call(batch::get);

    private final String name;
    private final int batchSize;
    private final int timeoutSeconds;
    private final IntFunction<Batch> claimAndDeliver;
    private final Transactions transactions;
    private final ExecutorService worker;
    private final AtomicBoolean queued = new AtomicBoolean();

    /**
     * @param name            the pass thread's name, and how failures are logged
     * @param timeoutSeconds  the transaction timeout of one batch: long enough for all its round trips
     * @param claimAndDeliver claims at most the given number of due rows and delivers them, inside the transaction
     */
    public DeliveryPump(String name, int batchSize, int timeoutSeconds, IntFunction<Batch> claimAndDeliver) {
        this(name, batchSize, timeoutSeconds, claimAndDeliver, JTA);
    }

    public DeliveryPump(
            String name,
            int batchSize,
            int timeoutSeconds,
            IntFunction<Batch> claimAndDeliver,
            Transactions transactions) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1: " + batchSize);
        }
        this.name = name;
        this.batchSize = batchSize;
        this.timeoutSeconds = timeoutSeconds;
        this.claimAndDeliver = claimAndDeliver;
        this.transactions = transactions;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Locks and returns the ids of at most {@code limit} rows of {@code table} that are due at {@code now}
     * ({@code status = 'PENDING'}, {@code next_attempt_at} passed, and {@code condition} when given), the longest due
     * first; rows another transaction holds are skipped. {@code table} and {@code condition} are the channel's own
     * constants, never input.
     */
    @SuppressWarnings("unchecked")
    public static List<UUID> claimDue(EntityManager em, String table, String condition, Instant now, int limit) {
        return em.createNativeQuery("""
                        select id from %s
                        where status = 'PENDING' and next_attempt_at <= ?1 %s
                        order by next_attempt_at, id
                        limit ?2
                        for update skip locked""".formatted(table, condition == null ? "" : "and " + condition), UUID.class)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
    }

    /** Delivers every row that is due now, batch after batch; returns how many were delivered. Safe concurrently. */
    public int drain() {
        int delivered = 0;
        while (true) {
            Batch batch = transactions.inNewTransaction(timeoutSeconds, () -> claimAndDeliver.apply(batchSize));
            delivered += batch.delivered();
            if (batch.claimed() < batchSize) {
                return delivered;
            }
        }
    }

    /** Runs a pass once the current transaction has committed (nothing if it rolls back). */
    public void afterCommit(TransactionSynchronizationRegistry registry) {
        AfterCommit.run(registry, this::wakeUp);
    }

    /** Runs a pass on the pump's thread soon. */
    public void wakeUp() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    drain();
                } catch (RuntimeException e) {
                    LOG.warnf(e, "%s pass failed; the sweeper will retry", name);
                }
            });
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
