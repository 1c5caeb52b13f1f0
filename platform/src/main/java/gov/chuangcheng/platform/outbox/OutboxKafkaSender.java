package gov.chuangcheng.platform.outbox;

import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.platform.kafka.ReplaceableProducer;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends outbox rows as CloudEvents (binary mode) with an idempotent producer and waits until Kafka has acknowledged
 * every one of them ({@code acks=all}). After any failure the producer is replaced, so that a broken connection or a
 * fenced producer id never poisons the next pass.
 */
@ApplicationScoped
public class OutboxKafkaSender {

    private final ReplaceableProducer producer;

    /**
     * @param kafkaConfig every {@code kafka.*} setting of the service (bootstrap servers, and in a cluster the TLS and
     *                    SASL settings), so the relay connects exactly as the service's consumers do
     */
    public OutboxKafkaSender(
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.producer = new ReplaceableProducer(kafkaConfig, applicationName + "-outbox-relay");
    }

    /** Sends all rows, in order, and returns once every one is acknowledged; throws if any failed. */
    public synchronized void sendAll(List<OutboxRow> rows) throws SendFailedException {
        KafkaProducer<String, String> p = producer.get();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        try {
            for (OutboxRow row : rows) {
                acks.add(p.send(toRecord(row)));
            }
            p.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            producer.reset();
            throw new SendFailedException(e instanceof ExecutionException ? e.getCause() : e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            producer.reset();
            throw new SendFailedException(e);
        }
    }

    static ProducerRecord<String, String> toRecord(OutboxRow row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEvents.HEADER_ID, row.eventId().toString());
        header(headers, CloudEvents.HEADER_SOURCE, row.source());
        header(headers, CloudEvents.HEADER_TYPE, row.type());
        header(headers, CloudEvents.HEADER_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.occurredAt()));
        header(headers, CloudEvents.HEADER_SUBJECT, row.key());
        header(headers, CloudEvents.HEADER_SPEC_VERSION, CloudEvents.SPEC_VERSION);
        header(headers, CloudEvents.HEADER_CONTENT_TYPE, CloudEvents.CONTENT_TYPE);
        return new ProducerRecord<>(row.topic(), null, row.key(), row.payload(), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    synchronized void close() {
        producer.reset();
    }

    /** Kafka did not acknowledge every row of a pass; the rows stay unpublished and are sent again. */
    public static class SendFailedException extends Exception {
        public SendFailedException(Throwable cause) {
            super(cause == null ? "send failed" : cause.toString(), cause);
        }
    }
}
