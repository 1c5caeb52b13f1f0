package gov.chuangcheng.platform.kafka;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Settings of a reliable string producer made from the service's shared {@code kafka.*} configuration (bootstrap
 * servers, and in a cluster TLS and SASL), so that a platform producer connects exactly as the service's consumers do.
 */
public final class ProducerSettings {

    /** Consumer-only settings of the shared {@code kafka.*} configuration that a producer would warn about. */
    private static final Set<String> CONSUMER_ONLY = Set.of("group.id", "auto.offset.reset", "enable.auto.commit",
            "isolation.level");

    private ProducerSettings() {
    }

    /** Idempotent, {@code acks=all}, bounded waits: a send either reaches every in-sync replica or fails. */
    public static Properties of(Map<String, Object> kafkaConfig, String clientId) {
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
