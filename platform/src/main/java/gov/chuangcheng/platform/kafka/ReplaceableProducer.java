package gov.chuangcheng.platform.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A reliable string producer made from the service's shared {@code kafka.*} configuration (bootstrap servers, and in
 * a cluster TLS and SASL), so that a platform producer connects exactly as the service's consumers do. It is created
 * on first use and thrown away with {@link #reset()} after any failure, so that a broken connection or a fenced
 * producer id never poisons the next send. Not thread-safe: its owner serialises the calls.
 */
public final class ReplaceableProducer {

    /** Consumer-only settings of the shared {@code kafka.*} configuration that a producer would warn about. */
    private static final Set<String> CONSUMER_ONLY =
            Set.of("group.id", "auto.offset.reset", "enable.auto.commit", "isolation.level");

    private final Map<String, Object> kafkaConfig;
    private final String clientId;
    private KafkaProducer<String, String> producer;

    public ReplaceableProducer(Map<String, Object> kafkaConfig, String clientId) {
        this.kafkaConfig = kafkaConfig;
        this.clientId = clientId;
    }

    /** The current producer, created if there is none. */
    public KafkaProducer<String, String> get() {
        if (producer == null) {
            producer = new KafkaProducer<>(settings(kafkaConfig, clientId));
        }
        return producer;
    }

    /** Closes the current producer (after a failure, or at shutdown); the next {@link #get()} makes a new one. */
    public void reset() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(1));
            } catch (RuntimeException ignored) {
                // the producer is being thrown away
            }
            producer = null;
        }
    }

    /** Idempotent, {@code acks=all}, bounded waits: a send either reaches every in-sync replica or fails. */
    static Properties settings(Map<String, Object> kafkaConfig, String clientId) {
        Properties props = new Properties();
        kafkaConfig.forEach((key, value) -> {
            if (!CONSUMER_ONLY.contains(key)) {
                props.put(key, value);
            }
        });
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "2");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "20000");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }
}
