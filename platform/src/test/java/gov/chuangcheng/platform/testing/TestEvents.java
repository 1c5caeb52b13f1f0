package gov.chuangcheng.platform.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EventType;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes an event to the real broker exactly as another service's outbox relay would (CloudEvents binary mode),
 * for tests of a consumer.
 */
public final class TestEvents {

    private TestEvents() {}

    /** Publishes with a new event id; returns it. */
    public static <P extends Record> String publish(
            String topic, EventType<P> type, String key, P payload, ObjectMapper json) {
        String id = UUID.randomUUID().toString();
        publishWithId(topic, type, key, payload, json, id);
        return id;
    }

    /** Publishes with a given event id: the same id again is a redelivery of the same event. */
    public static <P extends Record> void publishWithId(
            String topic, EventType<P> type, String key, P payload, ObjectMapper json, String id) {
        try {
            publishRaw(topic, key, id, type.name(), json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not serialise " + type.name(), e);
        }
    }

    /** Publishes any value under any type name, e.g. a payload its type cannot decode. */
    public static void publishRaw(String topic, String key, String id, String typeName, String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            header(record, CloudEvents.HEADER_ID, id);
            header(record, CloudEvents.HEADER_TYPE, typeName);
            header(record, CloudEvents.HEADER_SOURCE, "/chuangcheng/test");
            header(record, CloudEvents.HEADER_TIME, OffsetDateTime.now().toString());
            header(record, CloudEvents.HEADER_SUBJECT, key);
            header(record, CloudEvents.HEADER_SPEC_VERSION, CloudEvents.SPEC_VERSION);
            header(record, CloudEvents.HEADER_CONTENT_TYPE, CloudEvents.CONTENT_TYPE);
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + typeName, e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
