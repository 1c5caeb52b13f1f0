package gov.chuangcheng.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Per-key order, cross-key concurrency and the dead-letter path of a polled batch (no broker, no database). */
class KeyOrderedBatchesTest {

    /** Records what was applied, per key, and how many ran at once; the value "poison" is poison. */
    static class RecordingInbound extends InboundEvents {
        final Map<String, List<String>> applied = new ConcurrentHashMap<>();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        volatile CountDownLatch together = new CountDownLatch(0);

        RecordingInbound() {
            super(null, null, 1);
        }

        @Override
        public boolean dispatch(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
            int now = running.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            try {
                together.countDown();
                // wait (boundedly) until the other keys have started too: proves they run at the same time
                together.await(5, TimeUnit.SECONDS);
                if ("poison".equals(record.value())) {
                    throw new PoisonEventException("poison at " + record.offset());
                }
                applied.computeIfAbsent(record.key(), k -> new CopyOnWriteArrayList<>())
                        .add(record.value());
                return true;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }
    }

    static class RecordingDeadLetters extends DeadLetters {
        final List<String> sent = new CopyOnWriteArrayList<>();
        volatile boolean brokerGone;

        RecordingDeadLetters() {
            super(Map.of(), "test");
        }

        @Override
        public synchronized void send(ConsumerRecord<String, String> record, Throwable failure) {
            if (brokerGone) {
                throw new IllegalStateException("no broker");
            }
            sent.add(record.key() + "@" + record.offset() + ":" + failure.getMessage());
        }
    }

    private static List<ConsumerRecord<String, String>> records(String... keyValues) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            list.add(new ConsumerRecord<>("t", 0, i / 2, keyValues[i], keyValues[i + 1]));
        }
        return list;
    }

    @Test
    void recordsOfOneKeyApplyInOffsetOrderAndKeysApplyAtTheSameTime() {
        RecordingInbound inbound = new RecordingInbound();
        inbound.together = new CountDownLatch(3);
        KeyOrderedBatches batches = new KeyOrderedBatches(inbound, new RecordingDeadLetters(), 4);

        int applied = batches.dispatch(
                "c",
                records("a", "a1", "b", "b1", "a", "a2", "c", "c1", "b", "b2", "a", "a3"),
                EventHandlers.builder().build());

        assertEquals(6, applied);
        assertEquals(List.of("a1", "a2", "a3"), inbound.applied.get("a"));
        assertEquals(List.of("b1", "b2"), inbound.applied.get("b"));
        assertEquals(List.of("c1"), inbound.applied.get("c"));
        assertEquals(3, inbound.mostAtOnce.get(), "the three keys ran at once, never two records of one key");
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheRecordsAfterItOfItsKeyStillApply() {
        RecordingInbound inbound = new RecordingInbound();
        RecordingDeadLetters dlq = new RecordingDeadLetters();
        KeyOrderedBatches batches = new KeyOrderedBatches(inbound, dlq, 2);

        int applied = batches.dispatch(
                "c",
                records("a", "a1", "a", "poison", "b", "b1", "a", "a3"),
                EventHandlers.builder().build());

        assertEquals(3, applied);
        assertEquals(List.of("a1", "a3"), inbound.applied.get("a"));
        assertEquals(List.of("a@1:poison at 1"), dlq.sent);
    }

    @Test
    void aBatchFailsWhenARecordCanBeNeitherAppliedNorDeadLettered() {
        RecordingInbound inbound = new RecordingInbound();
        RecordingDeadLetters dlq = new RecordingDeadLetters();
        dlq.brokerGone = true;
        KeyOrderedBatches batches = new KeyOrderedBatches(inbound, dlq, 2);

        assertThrows(
                IllegalStateException.class,
                () -> batches.dispatch(
                        "c",
                        records("a", "poison", "b", "b1"),
                        EventHandlers.builder().build()));
        // the other key was still applied before the batch failed: its redelivery is a no-op (inbox)
        assertEquals(List.of("b1"), inbound.applied.get("b"));
        assertTrue(dlq.sent.isEmpty());
    }

    @Test
    void oneWorkerAppliesTheBatchInOrder() {
        RecordingInbound inbound = new RecordingInbound();
        KeyOrderedBatches batches = new KeyOrderedBatches(inbound, new RecordingDeadLetters(), 1);
        batches.dispatch(
                "c",
                records("a", "a1", "b", "b1", "a", "a2"),
                EventHandlers.builder().build());
        assertEquals(1, inbound.mostAtOnce.get());
        assertEquals(List.of("a1", "a2"), inbound.applied.get("a"));
    }
}
