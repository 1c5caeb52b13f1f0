package gov.chuangcheng.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.platform.TestDatabase;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outbox against the real PostgreSQL and Kafka, with the relay running in the background as in production. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @Inject
    TopicNames topics;

    @Inject
    EntityManager em;

    private KafkaEvents kafka;

    @BeforeEach
    void readTopic() {
        kafka = new KafkaEvents(topics.of(Topic.DIRECTORY));
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void committedStateChangeReachesKafkaAsCloudEvent() {
        String code = unique("OK");
        given().contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"name\":\"城管局\"}")
                .post("/samples")
                .then()
                .statusCode(201);

        ConsumerRecord<String, String> record = kafka.await(KafkaEvents.withKey(code), 1, Duration.ofSeconds(20))
                .get(0);
        assertEquals("cc.unit.upserted.v1", KafkaEvents.header(record, CloudEvents.HEADER_TYPE));
        assertEquals("/chuangcheng/platform-test", KafkaEvents.header(record, CloudEvents.HEADER_SOURCE));
        assertEquals(code, KafkaEvents.header(record, CloudEvents.HEADER_SUBJECT));
        assertEquals("1.0", KafkaEvents.header(record, CloudEvents.HEADER_SPEC_VERSION));
        assertEquals("application/json", KafkaEvents.header(record, CloudEvents.HEADER_CONTENT_TYPE));
        UUID.fromString(KafkaEvents.header(record, CloudEvents.HEADER_ID));
        assertTrue(record.value().contains("\"name\":\"城管局\""), record.value());
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingRows(code) == 0);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void rolledBackStateChangePublishesNothing() {
        String doomed = unique("ROLLBACK");
        given().contentType("application/json")
                .body("{\"code\":\"" + doomed + "\",\"name\":\"x\"}")
                .queryParam("fail", true)
                .post("/samples")
                .then()
                .statusCode(500);
        // a later committed event on the same partition proves the relay has moved past the failed one
        String sentinel = publishCommitted(unique("AFTER"));
        kafka.await(KafkaEvents.withKey(sentinel), 1, Duration.ofSeconds(20));

        assertTrue(kafka.drain(Duration.ofMillis(500)).stream().noneMatch(KafkaEvents.withKey(doomed)));
        assertEquals(0, rowsFor(doomed));
        assertEquals(
                0L,
                QuarkusTransaction.requiringNew()
                        .call(() -> em.createQuery("select count(s) from Sample s where s.code = ?1", Long.class)
                                .setParameter(1, doomed)
                                .getSingleResult()));
    }

    /**
     * The classic gap: a transaction takes a lower id but commits after a higher id was already sent. A relay that
     * remembered "last sent id" would skip it for ever; this one publishes it on its next pass.
     */
    @Test
    void rowCommittedLateWithLowerIdIsNotSkipped() throws Exception {
        String early = unique("LOW-ID");
        String late = unique("HIGH-ID");
        CountDownLatch lowIdWritten = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try {
            Future<?> slowTx =
                    slow.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                        outbox.publish(EventCatalog.UNIT_UPSERTED, early, unit(early));
                        lowIdWritten.countDown();
                        awaitLatch(mayCommit);
                    }));
            assertTrue(lowIdWritten.await(10, TimeUnit.SECONDS));
            publishCommitted(late);
            kafka.await(KafkaEvents.withKey(late), 1, Duration.ofSeconds(20));

            mayCommit.countDown();
            slowTx.get(10, TimeUnit.SECONDS);
            assertTrue(idOf(early) < idOf(late), "the late transaction held the lower id");
            kafka.await(KafkaEvents.withKey(early), 1, Duration.ofSeconds(20));
        } finally {
            mayCommit.countDown();
            slow.shutdownNow();
        }
    }

    @Test
    void concurrentCommittersNeverLoseARowAndRollbacksNeverLeak() throws Exception {
        String run = unique("C");
        Set<String> committed = ConcurrentHashMap.newKeySet();
        Set<String> rolledBack = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            int worker = w;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 40; i++) {
                    String key = run + "-" + worker + "-" + i;
                    boolean rollback = i % 5 == 0;
                    try {
                        QuarkusTransaction.requiringNew().run(() -> {
                            outbox.publish(EventCatalog.UNIT_UPSERTED, key, unit(key));
                            if (rollback) {
                                throw new IllegalStateException("roll back " + key);
                            }
                        });
                        committed.add(key);
                    } catch (IllegalStateException expected) {
                        rolledBack.add(key);
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(192, committed.size());
        assertEquals(48, rolledBack.size());

        List<ConsumerRecord<String, String>> received = kafka.await(
                r -> r.key() != null && r.key().startsWith(run + "-") && committed.contains(r.key()),
                192,
                Duration.ofSeconds(60));
        Set<String> keys = received.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
        assertEquals(committed, keys);
        assertTrue(kafka.drain(Duration.ofMillis(500)).stream().noneMatch(r -> rolledBack.contains(r.key())));
    }

    /** A failure after Kafka acknowledged and before the mark committed: the row is sent again, never lost. */
    @Test
    void failureBetweenSendAndMarkResendsInsteadOfLosing() throws Exception {
        String key = unique("RESEND");
        try (Connection blocker = TestDatabase.connect();
                Statement st = blocker.createStatement()) {
            st.execute("select pg_advisory_lock(" + config.lockKey() + ")"); // pause the relay
            publishCommitted(key);
            blocker.setAutoCommit(false);
            // the relay can still read the row and send it, but its "mark published" update now times out
            st.execute("lock table outbox_event in share row exclusive mode");
            st.execute("select pg_advisory_unlock(" + config.lockKey() + ")");
            kafka.await(KafkaEvents.withKey(key), 1, Duration.ofSeconds(20));
            Thread.sleep(config.lockTimeout().toMillis() + 500);
            assertEquals(1, pendingRows(key), "sent, but not marked");
            blocker.rollback();
        }
        List<ConsumerRecord<String, String>> copies = kafka.await(KafkaEvents.withKey(key), 2, Duration.ofSeconds(20));
        assertEquals(
                1,
                copies.stream()
                        .map(r -> KafkaEvents.header(r, CloudEvents.HEADER_ID))
                        .distinct()
                        .count(),
                "the copies are one event: consumers de-duplicate them on ce_id");
        await().atMost(Duration.ofSeconds(10)).until(() -> pendingRows(key) == 0);
    }

    /** With several replicas only the holder of the advisory lock publishes; the others find it taken. */
    @Test
    void onlyTheRelayHoldingTheLockPublishes() throws Exception {
        String key = unique("LEADER");
        try (Connection otherReplica = TestDatabase.connect();
                Statement st = otherReplica.createStatement()) {
            st.execute("select pg_advisory_lock(" + config.lockKey() + ")");
            publishCommitted(key);
            assertEquals(0, relay.publishPendingBatch(), "a relay without the lock publishes nothing");
            Thread.sleep(1000);
            assertEquals(1, pendingRows(key), "the background relay did not publish either");
            st.execute("select pg_advisory_unlock(" + config.lockKey() + ")");
        }
        kafka.await(KafkaEvents.withKey(key), 1, Duration.ofSeconds(20));
    }

    private String publishCommitted(String key) {
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventCatalog.UNIT_UPSERTED, key, unit(key)));
        return key;
    }

    private long pendingRows(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from outbox_event where msg_key = ?1 and published_at is null")
                                .setParameter(1, key)
                                .getSingleResult())
                        .longValue());
    }

    private long rowsFor(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from outbox_event where msg_key = ?1")
                                .setParameter(1, key)
                                .getSingleResult())
                        .longValue());
    }

    private long idOf(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select id from outbox_event where msg_key = ?1")
                                .setParameter(1, key)
                                .getSingleResult())
                        .longValue());
    }

    static UnitUpserted unit(String code) {
        return new UnitUpserted(code, "单位" + code, UnitKind.DEPARTMENT, null, true, List.of());
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
