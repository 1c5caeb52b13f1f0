package gov.chuangcheng.platform.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The inbox and the dead-letter path, fed through the real broker the way another service would feed them. */
@QuarkusTest
class InboxTest {

    @Inject
    TopicNames topics;

    @Inject
    EntityManager em;

    @Inject
    gov.chuangcheng.platform.directory.UnitDirectory directory;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(props);
    }

    @AfterEach
    void close() {
        producer.close(Duration.ofSeconds(2));
    }

    @Test
    void redeliveredEventChangesNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        String code = "DUP-" + id.substring(0, 8);
        // the same event id three times, each copy naming the unit differently: only the first may take effect
        for (String name : new String[] {"第一次", "第二次", "第三次"}) {
            send(
                    code,
                    unitJson(code, name),
                    Map.of(CloudEvents.HEADER_ID, id, CloudEvents.HEADER_TYPE, "cc.unit.upserted.v1"));
        }
        String laterCode = "LATER-" + id.substring(0, 8);
        send(
                laterCode,
                unitJson(laterCode, "之后"),
                Map.of(
                        CloudEvents.HEADER_ID,
                        UUID.randomUUID().toString(),
                        CloudEvents.HEADER_TYPE,
                        "cc.unit.upserted.v1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> unitName(laterCode) != null);
        assertEquals("第一次", unitName(code), "three deliveries, one effect");
        assertEquals(1, inboxRecords(id));
    }

    @Test
    void unitScopeCoversTheUnitAndEverythingBelowIt() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 6);
        send("JD-" + s, unitJson("JD-" + s, "街道", null), fresh());
        send("SQ-" + s, unitJson("SQ-" + s, "社区", "JD-" + s), fresh());
        send("WG-" + s, unitJson("WG-" + s, "网格", "SQ-" + s), fresh());
        send("OTHER-" + s, unitJson("OTHER-" + s, "别处", null), fresh());
        await().atMost(Duration.ofSeconds(30)).until(() -> unitName("OTHER-" + s) != null);
        assertEquals(
                java.util.Set.of("JD-" + s, "SQ-" + s, "WG-" + s),
                QuarkusTransaction.requiringNew().call(() -> directory.selfAndDescendants("JD-" + s)));
        assertEquals(
                java.util.Set.of("SQ-" + s, "WG-" + s),
                QuarkusTransaction.requiringNew().call(() -> directory.selfAndDescendants("SQ-" + s)));
    }

    @Test
    void unknownEventTypeGoesToTheDeadLetterTopicWithItsReason() throws Exception {
        String id = UUID.randomUUID().toString();
        try (KafkaEvents dlq = new KafkaEvents(topics.deadLetterOf(Topic.DIRECTORY))) {
            send("X", "{}", Map.of(CloudEvents.HEADER_ID, id, CloudEvents.HEADER_TYPE, "cc.unit.vanished.v9"));
            var record = dlq.await(KafkaEvents.withEventId(id), 1, Duration.ofSeconds(30))
                    .get(0);
            assertTrue(
                    KafkaEvents.header(record, "dead-letter-reason").contains("unknown event type cc.unit.vanished.v9"),
                    KafkaEvents.header(record, "dead-letter-reason"));
        }
        assertEquals(0, inboxRecords(id));
    }

    @Test
    void undecodablePayloadAndMissingHeadersAreDeadLettered() throws Exception {
        String badPayload = UUID.randomUUID().toString();
        String marker = "NOHEADERS-" + UUID.randomUUID();
        try (KafkaEvents dlq = new KafkaEvents(topics.deadLetterOf(Topic.DIRECTORY))) {
            send(
                    "Y",
                    "{\"code\": [not json",
                    Map.of(CloudEvents.HEADER_ID, badPayload, CloudEvents.HEADER_TYPE, "cc.unit.upserted.v1"));
            send(marker, "{}", Map.of());
            dlq.await(KafkaEvents.withEventId(badPayload), 1, Duration.ofSeconds(30));
            var noHeaders = dlq.await(KafkaEvents.withKey(marker), 1, Duration.ofSeconds(30))
                    .get(0);
            assertTrue(KafkaEvents.header(noHeaders, "dead-letter-reason").contains("no CloudEvents"));
        }
        assertEquals(0, inboxRecords(badPayload));
    }

    private void send(String key, String value, Map<String, String> headers) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(topics.of(Topic.DIRECTORY), key, value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(record).get();
    }

    private static Map<String, String> fresh() {
        return Map.of(
                CloudEvents.HEADER_ID, UUID.randomUUID().toString(), CloudEvents.HEADER_TYPE, "cc.unit.upserted.v1");
    }

    private static String unitJson(String code, String name) {
        return unitJson(code, name, null);
    }

    private static String unitJson(String code, String name, String parent) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"SUBDISTRICT\",\"parentCode\":"
                + (parent == null ? "null" : "\"" + parent + "\"") + ",\"active\":true,\"contacts\":[]}";
    }

    private String unitName(String code) {
        return QuarkusTransaction.requiringNew()
                .call(() -> directory.find(code).map(u -> u.name()).orElse(null));
    }

    private long inboxRecords(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                                .setParameter(1, eventId)
                                .getSingleResult())
                        .longValue());
    }
}
