package gov.chuangcheng.accountability.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders opened and escalated by events on the real broker, read back from the real broker. */
@QuarkusTest
class RectificationOrdersTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    CalendarService calendars;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
    }

    @Test
    void anItemFailedEventOpensExactlyOneOrderEvenWhenDeliveredTwice() throws Exception {
        String pointId = RectificationTestSupport.unique("P");
        ItemFailed failed = RectificationTestSupport.itemFailed(pointId, "CGJ", "S-1.1", Severity.GENERAL);
        String eventId = java.util.UUID.randomUUID().toString();
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.RECTIFICATIONS))) {
            support.publishWithId(EventCatalog.ITEM_FAILED, pointId, failed, eventId);
            support.publishWithId(EventCatalog.ITEM_FAILED, pointId, failed, eventId);
            // a later event of the same key (same partition) proves the redelivery was consumed before it
            support.publishItemFailed(RectificationTestSupport.itemFailed(pointId, "CGJ", "S-MARK", Severity.GENERAL));
            support.awaitOrder(pointId, "S-MARK", o -> true);

            List<RectificationOrder> orders = support.ordersOf(pointId).stream()
                    .filter(o -> o.standardCode().equals("S-1.1"))
                    .toList();
            assertEquals(1, orders.size());
            RectificationOrder order = orders.get(0);
            assertEquals(1, order.failures(), "the redelivery is not a second failure");
            assertEquals(EscalationLevel.NONE, order.level());
            assertEquals(RectificationStatus.OPEN, order.status());
            assertTrue(order.number().matches("ZG-2026-\\d{6}"), order.number());
            assertEquals("区城管局", order.unitName(), "the unit's name comes from the directory");
            Instant expected = QuarkusTransaction.requiringNew()
                    .call(() -> calendars.calendar())
                    .deadlineAfterWorkingDays(RectificationTestSupport.START, 3);
            assertEquals(expected, order.deadline());

            String key = pointId + ":S-1.1";
            ConsumerRecord<String, String> record = kafka.await(KafkaEvents.withKey(key), 1, Duration.ofSeconds(30))
                    .get(0);
            assertEquals(EventCatalog.RECTIFICATION_OPENED.name(), KafkaEvents.header(record, CloudEvents.HEADER_TYPE));
            RectificationOpened opened = json.readValue(record.value(), RectificationOpened.class);
            assertEquals(order.id(), opened.order().id());
            assertEquals(order.number(), opened.order().number());
            assertEquals(key, opened.order().episodeKey());
            assertEquals(failed.evidenceIds(), opened.evidenceIds());
            assertFalse(opened.relapse());
            long openedForKey = kafka.drain(Duration.ofSeconds(2)).stream()
                    .filter(KafkaEvents.withKey(key))
                    .filter(r -> EventCatalog.RECTIFICATION_OPENED
                            .name()
                            .equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE)))
                    .count();
            assertEquals(1, openedForKey);
        }
    }

    @Test
    void twoReportsOfOneProblemAreOneOrderWithNoRungAndNoDeduction() {
        String pointId = RectificationTestSupport.unique("P");
        ProblemReported first = report(pointId, "REQ-1-" + pointId, "2026-11-25T09:30:00+08:00");
        ProblemReported second = report(pointId, "REQ-2-" + pointId, "2026-11-25T09:30:01+08:00");
        support.publish(EventCatalog.PROBLEM_REPORTED, pointId, first);
        support.publish(EventCatalog.PROBLEM_REPORTED, pointId, second);
        RectificationOrder order = support.awaitOrder(pointId, "S-3.1", o -> o.reports() == 2);

        assertEquals(1, support.ordersOf(pointId).size(), "one problem, one order");
        assertEquals(EscalationLevel.NONE, order.level(), "a second report adds no rung");
        assertEquals("REQ-1-" + pointId, order.sourceRef());
        assertTrue(order.evidenceIds().containsAll(List.of("media-REQ-1-" + pointId, "media-REQ-2-" + pointId)));
        String key = pointId + ":S-3.1";
        assertEquals(List.of(), support.outbox(key, EventCatalog.RECTIFICATION_ESCALATED));
        List<JsonNode> added = support.outbox(key, EventCatalog.RECTIFICATION_EVIDENCE_ADDED);
        assertEquals(1, added.size());
        assertEquals(
                "REQ-2-" + pointId, added.get(0).get("sourceRef").asText(), "the second request follows the order");
        assertEquals("PROBLEM_REPORT", added.get(0).get("source").asText());
        assertEquals(2, added.get(0).get("reports").asInt());
        assertFalse(added.get(0).get("priorityVerification").asBoolean());
        assertEquals(0L, support.ledgerEntriesOf(order.id()), "no deduction");
    }

    private static ProblemReported report(String pointId, String requestId, String at) {
        return new ProblemReported(
                requestId,
                "12345",
                "SANITATION",
                "路面坑洼",
                RectificationTestSupport.point(pointId, "CGJ"),
                "S-3.1",
                "环境卫生",
                Severity.GENERAL,
                30.1,
                120.2,
                List.of("media-" + requestId),
                java.time.OffsetDateTime.parse(at));
    }

    @Test
    void aProblemReportOpensAnOrderOfItsOwnSource() {
        String pointId = RectificationTestSupport.unique("P");
        ProblemReported report = new ProblemReported(
                "REQ-" + pointId,
                "12345",
                "SANITATION",
                "垃圾堆放",
                RectificationTestSupport.point(pointId, "CGJ"),
                "S-3.1",
                "环境卫生",
                Severity.CRITICAL,
                30.1,
                120.2,
                List.of("media-1"),
                java.time.OffsetDateTime.parse("2026-11-25T09:30:00+08:00"));
        support.publish(EventCatalog.PROBLEM_REPORTED, pointId, report);
        RectificationOrder order = support.awaitOrder(pointId, "S-3.1", o -> true);
        assertEquals(gov.chuangcheng.events.rectification.OrderSource.PROBLEM_REPORT, order.source());
        assertEquals("REQ-" + pointId, order.sourceRef());
        Instant expected = QuarkusTransaction.requiringNew()
                .call(() -> calendars.calendar())
                .plusOfficeTime(RectificationTestSupport.START, Duration.ofHours(4));
        assertEquals(expected, order.deadline(), "CRITICAL: four working hours");
    }
}
