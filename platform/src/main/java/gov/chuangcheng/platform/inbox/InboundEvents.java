package gov.chuangcheng.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventEnvelope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Turns a Kafka record into an applied effect exactly once. A consumer's {@code @Incoming @Blocking} method hands
 * every record to {@link #dispatch}:
 * <ol>
 *   <li>the CloudEvents headers become an {@link EventEnvelope}; a record without them, or of a type outside the
 *       catalogue, is poison;</li>
 *   <li>types the consumer has no handler for are skipped;</li>
 *   <li>otherwise, in one new transaction, the inbox records the event id and the handler applies the effect — a
 *       redelivered event is recognised and changes nothing;</li>
 *   <li>a failing handler is retried a few times (a database restart, a lock timeout); if it still fails, or the
 *       event is poison, the exception propagates so that the channel's dead-letter strategy sends the record to
 *       {@code <topic>.dlq} with the reason — never acknowledged and forgotten.</li>
 * </ol>
 */
@ApplicationScoped
public class InboundEvents {

    private static final Logger LOG = Logger.getLogger(InboundEvents.class);

    private final Inbox inbox;
    private final ObjectMapper json;
    private final int attempts;

    public InboundEvents(
            Inbox inbox,
            ObjectMapper json,
            @ConfigProperty(name = "cc.inbox.attempts", defaultValue = "5") int attempts) {
        this.inbox = inbox;
        this.json = json;
        this.attempts = Math.max(1, attempts);
    }

    /** Returns true when the record's effect was applied now, false when it was skipped or already applied. */
    public boolean dispatch(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        EventEnvelope envelope = envelopeOf(record);
        if (EventCatalog.byName(envelope.type()).isEmpty()) {
            throw new PoisonEventException("unknown event type " + envelope.type());
        }
        var registration = handlers.forType(envelope.type()).orElse(null);
        if (registration == null) {
            return false;
        }
        Object payload = decode(envelope, registration.type().payloadType());
        return applyWithRetries(consumer, envelope, registration, payload);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean applyWithRetries(
            String consumer, EventEnvelope envelope, EventHandlers.Registration registration, Object payload) {
        long pause = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, envelope.id(), envelope.type())) {
                        LOG.debugf("%s: event %s already processed", consumer, envelope.id());
                        return false;
                    }
                    registration.handler().handle(envelope, payload);
                    return true;
                });
            } catch (RuntimeException e) {
                if (attempt >= attempts || e instanceof PoisonEventException) {
                    throw e;
                }
                LOG.warnf(
                        "%s: event %s (%s) failed on attempt %d, retrying: %s",
                        consumer, envelope.id(), envelope.type(), attempt, e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(pause * 2, 5000);
            }
        }
    }

    private Object decode(EventEnvelope envelope, Class<?> payloadType) {
        try {
            return json.readValue(envelope.data(), payloadType);
        } catch (Exception e) {
            throw new PoisonEventException(
                    "payload of " + envelope.type() + " cannot be decoded: " + e.getMessage(), e);
        }
    }

    /** Reads the CloudEvents binary-mode headers of a record. */
    public static EventEnvelope envelopeOf(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEvents.HEADER_ID);
        String type = header(record, CloudEvents.HEADER_TYPE);
        if (id == null || type == null) {
            throw new PoisonEventException("record at " + record.topic() + "/" + record.partition() + "@"
                    + record.offset() + " has no CloudEvents ce_id/ce_type headers");
        }
        if (record.value() == null) {
            throw new PoisonEventException("event " + id + " has no data");
        }
        OffsetDateTime time = null;
        String rawTime = header(record, CloudEvents.HEADER_TIME);
        if (rawTime != null) {
            try {
                time = OffsetDateTime.parse(rawTime);
            } catch (DateTimeParseException e) {
                throw new PoisonEventException("event " + id + " has a malformed ce_time " + rawTime, e);
            }
        }
        return new EventEnvelope(
                id,
                header(record, CloudEvents.HEADER_SOURCE),
                type,
                time,
                header(record, CloudEvents.HEADER_SUBJECT),
                header(record, CloudEvents.HEADER_SPEC_VERSION),
                header(record, CloudEvents.HEADER_CONTENT_TYPE),
                record.value());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
