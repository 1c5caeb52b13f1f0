package gov.chuangcheng.platform.inbox;

import gov.chuangcheng.events.Topic;
import gov.chuangcheng.platform.kafka.ReplaceableProducer;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a record that cannot be applied to {@code <topic>.dlq}, as the connector's dead-letter strategy does for a
 * single-record channel: same key, value and headers, plus {@code dead-letter-reason}, {@code -cause},
 * {@code -exception-class-name}, {@code -cause-class-name}, {@code -topic}, {@code -partition} and {@code -offset}.
 * Returns only once Kafka has the record, so a batch is acknowledged only after each of its poison records is safe.
 */
@ApplicationScoped
public class DeadLetters {

    private final ReplaceableProducer producer;

    public DeadLetters(
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.producer = new ReplaceableProducer(kafkaConfig, applicationName + "-dead-letters");
    }

    /** Sends {@code record} with {@code failure} as the reason; throws if Kafka did not take it. */
    public synchronized void send(ConsumerRecord<String, String> record, Throwable failure) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : record.headers()) {
            headers.add(h);
        }
        add(headers, "dead-letter-reason", failure.getMessage() == null ? failure.toString() : failure.getMessage());
        if (failure.getCause() != null) {
            add(headers, "dead-letter-cause", String.valueOf(failure.getCause().getMessage()));
            add(
                    headers,
                    "dead-letter-cause-class-name",
                    failure.getCause().getClass().getName());
        }
        add(headers, "dead-letter-exception-class-name", failure.getClass().getName());
        add(headers, "dead-letter-topic", record.topic());
        add(headers, "dead-letter-partition", Integer.toString(record.partition()));
        add(headers, "dead-letter-offset", Long.toString(record.offset()));
        try {
            producer.get()
                    .send(new ProducerRecord<>(
                            record.topic() + Topic.DEAD_LETTER_SUFFIX, null, record.key(), record.value(), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            producer.reset();
            throw new IllegalStateException(
                    "record " + record.topic() + "/" + record.partition() + "@" + record.offset()
                            + " could not be dead-lettered",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            producer.reset();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        }
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    synchronized void close() {
        producer.reset();
    }
}
