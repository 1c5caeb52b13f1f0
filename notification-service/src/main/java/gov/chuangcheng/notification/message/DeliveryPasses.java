package gov.chuangcheng.notification.message;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs a channel's delivery pass (mail, webhooks) on a thread of its own: soon after a transaction that queued
 * deliveries commits, and whenever asked. Wake-ups while a pass is waiting to start merge into it; a failed pass is
 * logged and left to the channel's sweeper.
 */
public final class DeliveryPasses implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(DeliveryPasses.class);

    private final String name;
    private final Runnable pass;
    private final ExecutorService worker;
    private final AtomicBoolean queued = new AtomicBoolean();

    public DeliveryPasses(String name, Runnable pass) {
        this.name = name;
        this.pass = pass;
        this.worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs a pass once the current transaction has committed (nothing if it rolls back). */
    public void afterCommit(TransactionSynchronizationRegistry transactions) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp();
                }
            }
        });
    }

    /** Runs a pass soon. */
    public void wakeUp() {
        if (queued.compareAndSet(false, true)) {
            worker.execute(() -> {
                queued.set(false);
                try {
                    pass.run();
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
