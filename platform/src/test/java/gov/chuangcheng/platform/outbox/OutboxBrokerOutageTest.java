package gov.chuangcheng.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaBroker;
import gov.chuangcheng.platform.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The real broker goes down in the middle of a burst of commits and comes back: every committed event reaches Kafka
 * once the broker is back, and the burst itself never fails (the outbox only needs PostgreSQL).
 */
@QuarkusTest
class OutboxBrokerOutageTest {

    @Inject
    Outbox outbox;

    @Inject
    TopicNames topics;

    @Test
    void burstDuringBrokerOutageLosesNothing() throws Exception {
        String run = "OUTAGE-" + UUID.randomUUID().toString().substring(0, 6);
        Set<String> committed = new HashSet<>();
        try {
            for (int i = 0; i < 300; i++) {
                if (i == 100) {
                    KafkaBroker.stop();
                }
                String key = run + "-" + i;
                QuarkusTransaction.requiringNew()
                        .run(() -> outbox.publish(EventCatalog.UNIT_UPSERTED, key, OutboxRelayTest.unit(key)));
                committed.add(key);
                if (i == 200) {
                    Thread.sleep(2000); // the relay keeps failing and backing off meanwhile
                }
            }
        } finally {
            KafkaBroker.start();
        }
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.DIRECTORY))) {
            List<ConsumerRecord<String, String>> received =
                    kafka.await(r -> r.key() != null && r.key().startsWith(run + "-"), 300, Duration.ofSeconds(90));
            assertEquals(committed, received.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
        }
    }
}
