package gov.chuangcheng.notification.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The batch consumer of {@code cc.rectifications.v1} on the real broker: a burst of opened orders is routed once each,
 * and an undecodable event goes to {@code cc.rectifications.v1.dlq} without holding up the event after it.
 */
@QuarkusTest
class DomainEventConsumerTest {

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Test
    void aBurstOfOrdersIsRoutedOnceEachAndAnUndecodableEventIsDeadLettered() {
        String s = Fixtures.suffix();
        List<String> ids = new ArrayList<>();
        try (KafkaEvents dlq = new KafkaEvents(topics.deadLetterOf(Topic.RECTIFICATIONS))) {
            String poisonKey = "poison-" + s;
            String poisonId = UUID.randomUUID().toString();
            TestEvents.publishRaw(
                    topics.of(Topic.RECTIFICATIONS),
                    poisonKey,
                    poisonId,
                    EventCatalog.RECTIFICATION_OPENED.name(),
                    "[\"not\", \"an\", \"order\"]");
            for (int i = 0; i < 20; i++) {
                OrderRef order = Fixtures.order("CGJ", "区城管局", "批量点位" + s + "-" + i, EscalationLevel.NONE);
                String id = UUID.randomUUID().toString();
                TestEvents.publishWithId(
                        topics.of(Topic.RECTIFICATIONS),
                        EventCatalog.RECTIFICATION_OPENED,
                        order.pointId() + ":" + order.standardCode(),
                        Fixtures.opened(order),
                        json,
                        id);
                ids.add(id);
            }

            ConsumerRecord<String, String> dead = dlq.await(
                            KafkaEvents.withEventId(poisonId), 1, Duration.ofSeconds(30))
                    .get(0);
            assertEquals(poisonKey, dead.key());
            assertTrue(
                    KafkaEvents.header(dead, "dead-letter-reason").contains("cannot be decoded"),
                    KafkaEvents.header(dead, "dead-letter-reason"));
            await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(Fixtures::routed));
        }
    }
}
