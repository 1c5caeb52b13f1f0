package gov.chuangcheng.platform.testing;

import gov.chuangcheng.events.CloudEvents;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads events back from the real broker, from the beginning of a topic, the way an outside consumer would.
 * Each instance uses a fresh consumer group.
 */
public class KafkaEvents implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    public KafkaEvents(String topic) {
        this(System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"), topic);
    }

    public KafkaEvents(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        consumer.subscribe(List.of(topic));
    }

    /** Polls until {@code count} records matching {@code match} were seen, or fails after {@code timeout}. */
    public List<ConsumerRecord<String, String>> await(
            Predicate<ConsumerRecord<String, String>> match, int count, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            List<ConsumerRecord<String, String>> matching =
                    seen.stream().filter(match).toList();
            if (matching.size() >= count) {
                return matching;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("expected " + count + " matching records within " + timeout + ", saw "
                        + matching.size() + " of " + seen.size());
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
    }

    /** Everything seen so far plus whatever arrives within {@code quiet}. */
    public List<ConsumerRecord<String, String>> drain(Duration quiet) {
        Instant end = Instant.now().plus(quiet);
        while (Instant.now().isBefore(end)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    public static Predicate<ConsumerRecord<String, String>> withKey(String key) {
        return r -> key.equals(r.key());
    }

    public static Predicate<ConsumerRecord<String, String>> withEventId(String id) {
        return r -> id.equals(header(r, CloudEvents.HEADER_ID));
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
