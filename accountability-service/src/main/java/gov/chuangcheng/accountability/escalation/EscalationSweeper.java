package gov.chuangcheng.accountability.escalation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs the escalation sweep on a schedule ({@code cc.escalation.sweep-every}; "off" disables it, as tests do). A run
 * fires every step due, batch after batch, each batch its own short transaction (locks held for one batch only), on
 * {@code cc.escalation.sweep-parallelism} workers at once, each over its own shard of the orders (other replicas'
 * workers are kept apart by SKIP LOCKED); a run still going when the next is due makes the next one skip.
 */
@ApplicationScoped
public class EscalationSweeper {

    private static final Logger LOG = Logger.getLogger(EscalationSweeper.class);

    private final DueStepFiring firing;
    private final int parallelism;
    private final ExecutorService workers;

    public EscalationSweeper(DueStepFiring firing, EscalationConfig config) {
        this.firing = firing;
        this.parallelism = Math.max(1, config.sweepParallelism());
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "escalation-sweep-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Scheduled(
            every = "${cc.escalation.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "escalation-sweeper")
    void run() {
        List<Future<?>> drains = new ArrayList<>();
        for (int i = 0; i < parallelism; i++) {
            int shard = i;
            drains.add(workers.submit(() -> drain(shard)));
        }
        for (Future<?> d : drains) {
            try {
                d.get();
            } catch (ExecutionException e) {
                // e.g. a deadlock victim or a lost connection: its batch rolled back and the next run takes it again
                LOG.warnf("an escalation sweep worker stopped: %s", e.getCause().toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Sweeps one shard of the orders batch after batch until a batch claims nothing: every step of the shard due now
     * has fired, or its order is held by someone else (a replica, a user) and waits for the next run.
     */
    private void drain(int shard) {
        int claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(() -> firing.sweep(shard, parallelism));
        } while (claimed > 0);
    }

    @PreDestroy
    void close() {
        workers.shutdownNow();
    }
}
