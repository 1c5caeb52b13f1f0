package gov.chuangcheng.platform.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.platform.delivery.DeliveryPump.Batch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The claim-and-drain loop and the pass thread, with batches in a stand-in for transactions (no database). */
class DeliveryPumpTest {

    /** Runs the batch directly, recording each transaction's timeout. */
    static class DirectTransactions implements DeliveryPump.Transactions {
        final List<Integer> timeouts = new ArrayList<>();

        @Override
        public Batch inNewTransaction(int timeoutSeconds, Supplier<Batch> batch) {
            timeouts.add(timeoutSeconds);
            return batch.get();
        }
    }

    /** Answers the scripted batches in turn, recording the limit each was asked for. */
    static IntFunction<Batch> script(List<Integer> limits, Batch... batches) {
        Deque<Batch> left = new ArrayDeque<>(List.of(batches));
        return limit -> {
            limits.add(limit);
            return left.removeFirst();
        };
    }

    @Test
    void drainsBatchAfterBatchUntilOneClaimsLessThanAFullBatch() {
        List<Integer> limits = new ArrayList<>();
        DirectTransactions transactions = new DirectTransactions();
        try (DeliveryPump pump = new DeliveryPump(
                "test", 3, 90, script(limits, new Batch(3, 2), new Batch(3, 3), new Batch(1, 0)), transactions)) {
            assertEquals(5, pump.drain(), "the delivered rows of every batch add up");
        }
        assertEquals(List.of(3, 3, 3), limits, "each batch claims at most the batch size");
        assertEquals(List.of(90, 90, 90), transactions.timeouts, "one transaction per batch");
    }

    @Test
    void nothingDueIsOneEmptyBatch() {
        List<Integer> limits = new ArrayList<>();
        try (DeliveryPump pump =
                new DeliveryPump("test", 5, 60, script(limits, new Batch(0, 0)), new DirectTransactions())) {
            assertEquals(0, pump.drain());
        }
        assertEquals(List.of(5), limits);
    }

    @Test
    void aFullBatchThatDeliveredNothingStillLooksForMore() {
        // rows that all failed and were rescheduled are claimed but not delivered: the next batch still runs
        List<Integer> limits = new ArrayList<>();
        try (DeliveryPump pump = new DeliveryPump(
                "test", 2, 60, script(limits, new Batch(2, 0), new Batch(0, 0)), new DirectTransactions())) {
            assertEquals(0, pump.drain());
        }
        assertEquals(2, limits.size());
    }

    @Test
    void aWakeUpRunsAPassOnThePumpsThreadAndAFailedPassDoesNotStopTheNext() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(1);
        List<String> threads = new CopyOnWriteArrayList<>();
        try (DeliveryPump pump = new DeliveryPump(
                "pump-thread",
                10,
                60,
                limit -> {
                    threads.add(Thread.currentThread().getName());
                    if (calls.incrementAndGet() == 1) {
                        throw new IllegalStateException("the channel is down");
                    }
                    second.countDown();
                    return new Batch(0, 0);
                },
                new DirectTransactions())) {
            pump.wakeUp();
            // a wake-up after the failed pass (repeated until one is queued after it) runs a pass again
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!second.await(50, TimeUnit.MILLISECONDS) && System.nanoTime() < until) {
                pump.wakeUp();
            }
            assertEquals(0, second.getCount(), "a pass ran after the failed one");
        }
        assertTrue(threads.stream().allMatch("pump-thread"::equals), threads.toString());
    }

    @Test
    void aBatchSizeBelowOneIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new DeliveryPump("test", 0, 60, limit -> new Batch(0, 0), new DirectTransactions()));
    }
}
