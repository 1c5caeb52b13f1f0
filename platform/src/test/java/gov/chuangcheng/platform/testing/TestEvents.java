package gov.chuangcheng.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EventType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.UUID;

/**
 * Publishes an event to the real broker exactly as another service's outbox relay would (CloudEvents binary mode),
 * for tests of a consumer. Returns the event id.
 */
public final class TestEvents {

    private TestEvents() {
    }

    public static <P extends Record> String publish(String topic, EventType<P> type, String key, P payload,
                                                    ObjectMapper json) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        String id = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json.writeValueAsString(payload));
            header(record, CloudEvents.HEADER_ID, id);
            header(record, CloudEvents.HEADER_TYPE, type.name());
            header(record, CloudEvents.HEADER_SOURCE, "/chuangcheng/test");
            header(record, CloudEvents.HEADER_TIME, OffsetDateTime.now().toString());
            header(record, CloudEvents.HEADER_SUBJECT, key);
            header(record, CloudEvents.HEADER_SPEC_VERSION, CloudEvents.SPEC_VERSION);
            header(record, CloudEvents.HEADER_CONTENT_TYPE, CloudEvents.CONTENT_TYPE);
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish " + type.name(), e);
        }
        return id;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
