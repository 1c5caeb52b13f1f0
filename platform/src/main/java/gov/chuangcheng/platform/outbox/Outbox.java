package gov.chuangcheng.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.transaction.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * The only way a service publishes an event: the event becomes a row of {@code outbox_event} in the transaction of
 * the state change, so both commit or neither does. {@link OutboxRelay} sends committed rows to Kafka.
 *
 * <p>Ordering: events of one key reach Kafka in the order their rows got their ids. {@link #publish} flushes the
 * persistence context first, so the state change has taken its row locks and version checks before the outbox row
 * takes its id: two transactions changing the same aggregate therefore get ids in the order they commit.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper json;
    private final TopicNames topics;
    private final OutboxConfig config;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(
            EntityManager em,
            ObjectMapper json,
            TopicNames topics,
            OutboxConfig config,
            Clock clock,
            TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.em = em;
        this.json = json;
        this.topics = topics;
        this.config = config;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Records {@code payload} as an event of {@code type} keyed by {@code key}; returns the event id
     * (the CloudEvents {@code id}). Must run inside the transaction of the state change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P extends Record> UUID publish(EventType<P> type, String key, P payload) {
        Objects.requireNonNull(key, "key");
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException(
                    type.name() + " carries " + type.payloadType().getSimpleName());
        }
        em.flush();
        UUID eventId = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into outbox_event (event_id, topic, msg_key, event_type, source, occurred_at, payload)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, eventId)
                .setParameter(2, topics.of(type.topic()))
                .setParameter(3, key)
                .setParameter(4, type.name())
                .setParameter(5, config.source())
                .setParameter(6, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(7, serialize(payload))
                .executeUpdate();
        wakeRelayAfterCommit();
        return eventId;
    }

    private String serialize(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "payload cannot be serialized: " + payload.getClass().getName(), e);
        }
    }

    /** Publishing latency is one relay pass after commit instead of one poll interval. */
    private void wakeRelayAfterCommit() {
        AfterCommit.run(transactions, relay::wakeUp);
    }
}
