package gov.chuangcheng.platform.inbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies a polled batch of records with the order Kafka guarantees — per key — and nothing more: records of one key
 * are applied one after the other in offset order, records of different keys at the same time on
 * {@code cc.inbox.parallelism} workers. A consumer whose every event is a few database round trips is bound by their
 * latency, not by the CPU, so one record at a time leaves the database idle while the backlog grows.
 *
 * <p>Each record goes through {@link InboundEvents#dispatch} (inbox, its own transaction, retries); one that still
 * fails, or is poison, is sent to the dead-letter topic and the records after it, of its key too, are applied as a
 * single-record channel would. The method returns once every record is applied or dead-lettered, and only then does
 * the channel commit the batch's offsets: a crash in between redelivers the batch, which the inbox makes harmless. If
 * a record can be neither applied nor dead-lettered (the broker is gone), the batch fails and is redelivered.
 */
@ApplicationScoped
public class KeyOrderedBatches {

    private static final Logger LOG = Logger.getLogger(KeyOrderedBatches.class);

    private final InboundEvents inbound;
    private final DeadLetters deadLetters;
    private final int parallelism;
    private final ExecutorService workers;

    public KeyOrderedBatches(
            InboundEvents inbound,
            DeadLetters deadLetters,
            @ConfigProperty(name = "cc.inbox.parallelism", defaultValue = "4") int parallelism) {
        this.inbound = inbound;
        this.deadLetters = deadLetters;
        this.parallelism = Math.max(1, parallelism);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(this.parallelism, r -> {
            Thread t = new Thread(r, "inbox-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Applies every record of the batch; returns how many took effect now (not skipped, not already applied). */
    public int dispatch(String consumer, Iterable<ConsumerRecord<String, String>> records, EventHandlers handlers) {
        Map<String, List<ConsumerRecord<String, String>>> byKey = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> r : records) {
            // a record without a key has no order beyond its partition's
            String key = r.key() == null ? "\u0000partition-" + r.partition() : r.key();
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        if (byKey.size() == 1 || parallelism == 1) {
            int applied = 0;
            for (List<ConsumerRecord<String, String>> group : byKey.values()) {
                applied += applyInOrder(consumer, group, handlers);
            }
            return applied;
        }
        List<Future<Integer>> groups = new ArrayList<>(byKey.size());
        for (List<ConsumerRecord<String, String>> group : byKey.values()) {
            groups.add(workers.submit(() -> applyInOrder(consumer, group, handlers)));
        }
        int applied = 0;
        RuntimeException failure = null;
        for (Future<Integer> g : groups) {
            try {
                applied += g.get();
            } catch (ExecutionException e) {
                // every group is awaited before the batch fails, so that none still runs when it is redelivered
                failure = e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = new IllegalStateException("interrupted while applying a batch", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return applied;
    }

    private int applyInOrder(String consumer, List<ConsumerRecord<String, String>> group, EventHandlers handlers) {
        int applied = 0;
        for (ConsumerRecord<String, String> r : group) {
            try {
                if (inbound.dispatch(consumer, r, handlers)) {
                    applied++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(
                        "%s: record %s/%d@%d goes to the dead-letter topic: %s",
                        consumer, r.topic(), r.partition(), r.offset(), e.toString());
                deadLetters.send(r, e);
            }
        }
        return applied;
    }

    @PreDestroy
    void close() {
        workers.shutdown();
    }
}
