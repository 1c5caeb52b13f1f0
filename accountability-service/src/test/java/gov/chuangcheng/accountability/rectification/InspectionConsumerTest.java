package gov.chuangcheng.accountability.rectification;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The batch consumer of {@code cc.inspections.v1} on the real broker: failures of many points in one burst each open
 * their order once, and a poison event goes to {@code cc.inspections.v1.dlq} with its reason without holding up the
 * events after it, of its point too.
 */
@QuarkusTest
class InspectionConsumerTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    TopicNames topics;

    @BeforeEach
    void setUp() {
        RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
    }

    @Test
    void aBurstOfFailuresOfManyPointsOpensOneOrderEach() {
        List<String> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String pointId = RectificationTestSupport.unique("PB");
            points.add(pointId);
            support.publishItemFailed(RectificationTestSupport.itemFailed(pointId, "CGJ", "S-2.1", Severity.GENERAL));
            // the same point fails a second standard right after: applied after the first, on its own order
            support.publishItemFailed(RectificationTestSupport.itemFailed(pointId, "CGJ", "S-2.2", Severity.SERIOUS));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> points.stream().allMatch(p -> support.ordersOf(p).size() == 2));
        for (String p : points) {
            List<RectificationOrder> orders = support.ordersOf(p);
            assertEquals(
                    List.of("S-2.1", "S-2.2"),
                    orders.stream().map(o -> o.standardCode()).sorted().toList());
        }
    }

    @Test
    void aPoisonEventIsDeadLetteredAndTheNextEventOfItsPointIsStillApplied() throws Exception {
        String pointId = RectificationTestSupport.unique("PX");
        ItemFailed good = RectificationTestSupport.itemFailed(pointId, "CGJ", "S-3.1", Severity.GENERAL);
        // a failure without a responsible unit cannot open an order: poison, never retried
        PointRef orphan = new PointRef(pointId, "C-" + pointId, "无主点位", "FARMERS_MARKET", "测试路2号", null, null);
        ItemFailed poison = new ItemFailed(
                good.inspectionId(),
                orphan,
                good.itemCode(),
                good.standardCode(),
                good.standardName(),
                good.checkText(),
                good.severity(),
                good.score(),
                good.maxScore(),
                good.remark(),
                good.evidenceIds(),
                good.inspector(),
                good.inspectedAt());
        try (KafkaEvents dlq = new KafkaEvents(topics.deadLetterOf(Topic.INSPECTIONS))) {
            String poisonId = support.publish(EventCatalog.ITEM_FAILED, pointId, poison);
            support.publishItemFailed(good);

            ConsumerRecord<String, String> dead = dlq.await(
                            KafkaEvents.withEventId(poisonId), 1, Duration.ofSeconds(30))
                    .get(0);
            assertTrue(
                    KafkaEvents.header(dead, "dead-letter-reason").contains("has no responsible unit"),
                    KafkaEvents.header(dead, "dead-letter-reason"));
            assertEquals(topics.of(Topic.INSPECTIONS), KafkaEvents.header(dead, "dead-letter-topic"));
            assertEquals(pointId, dead.key());
            RectificationOrder order = support.awaitOrder(pointId, "S-3.1", o -> true);
            assertEquals("CGJ", order.unitCode());
        }
    }
}
