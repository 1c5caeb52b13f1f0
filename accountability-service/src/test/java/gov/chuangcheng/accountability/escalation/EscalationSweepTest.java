package gov.chuangcheng.accountability.escalation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.rectification.InspectionOutcomes;
import gov.chuangcheng.accountability.rectification.OrderEscalation;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationService;
import gov.chuangcheng.accountability.rectification.RectificationTestSupport;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.testing.AdjustableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sweeper over real PostgreSQL: each due step fires once, in order, with its original due time. */
@QuarkusTest
class EscalationSweepTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    OrderEscalation escalations;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    RectificationService orders;

    @Inject
    InspectionOutcomes inspections;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
    }

    private void sweepUntilDone() {
        for (int i = 0; i < 100 && QuarkusTransaction.requiringNew().call(escalations::sweep) > 0; i++) {
            // every batch in its own transaction, as the scheduled sweeper does
        }
    }

    private static List<String> levels(List<JsonNode> escalated) {
        return escalated.stream().map(e -> e.get("level").asText()).toList();
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void eachTriggerFiresInTurnAndAfterDowntimeEveryMissedStepFiresOnceInOrderWithItsDueTime() {
        String unit = RectificationTestSupport.unique("U");
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = support.fail(pointId, unit, "S-7.1", Severity.GENERAL);
        String key = pointId + ":S-7.1";

        sweepUntilDone();
        assertEquals(List.of(), support.outbox(key, EventCatalog.RECTIFICATION_ESCALATED), "nothing is due yet");

        // just past the deadline: 提醒 and 督办, the order is overdue
        clock.set(order.deadline().plusSeconds(60));
        sweepUntilDone();
        assertEquals(
                List.of("REMINDER", "SUPERVISION"), levels(support.outbox(key, EventCatalog.RECTIFICATION_ESCALATED)));
        assertTrue(support.reload(order.id()).overdue());
        given().queryParam("overdue", true)
                .queryParam("unit", unit)
                .get("/rectifications")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(order.id()))
                .body("items[0].overdue", equalTo(true));

        // down for two months: 通报, 约谈 and 问责 fire once each, in order, each at the time it was due
        clock.set(order.deadline().plus(Duration.ofDays(60)));
        sweepUntilDone();
        sweepUntilDone();
        List<JsonNode> escalated = support.outbox(key, EventCatalog.RECTIFICATION_ESCALATED);
        assertEquals(List.of("REMINDER", "SUPERVISION", "NOTICE", "TALK", "ACCOUNTABILITY"), levels(escalated));
        List<EscalationStep> steps = QuarkusTransaction.requiringNew()
                .call(() -> EscalationStep.<EscalationStep>list("orderId = ?1 order by dueAt", order.id()));
        assertEquals(5, steps.size());
        for (int i = 0; i < 5; i++) {
            EscalationStep step = steps.get(i);
            assertEquals(StepOutcome.FIRED, step.outcome);
            assertEquals(step.level.name(), escalated.get(i).get("level").asText());
            assertEquals(
                    step.dueAt,
                    OffsetDateTime.parse(escalated.get(i).get("at").asText()).toInstant(),
                    "recorded at its original due time");
            assertEquals(
                    escalated.get(i).get("previousLevel").asText(),
                    i == 0 ? "NONE" : escalated.get(i - 1).get("level").asText(),
                    "one rung at a time");
        }
        assertTrue(steps.get(4).dueAt.isBefore(clock.instant()));
        assertEquals(EscalationLevel.ACCOUNTABILITY, support.reload(order.id()).level());
        given().get("/ledger/units/" + unit)
                .then()
                .statusCode(200)
                .body("score", equalTo(83.0f))
                .body("entries.size()", equalTo(5));
    }

    @Test
    void anOrderTheUnitSubmittedInTimeDoesNotEscalate() {
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order =
                support.fail(pointId, RectificationTestSupport.unique("U"), "S-7.2", Severity.SERIOUS);
        orders.acknowledge(order.id(), UnitScope.all(), "tester");
        orders.submit(order.id(), UnitScope.all(), "tester", "done", List.of("e"));
        clock.set(order.deadline().plus(Duration.ofDays(30)));
        sweepUntilDone();
        assertEquals(List.of(), support.outbox(pointId + ":S-7.2", EventCatalog.RECTIFICATION_ESCALATED));
        List<EscalationStep> steps = QuarkusTransaction.requiringNew()
                .call(() -> EscalationStep.<EscalationStep>list("orderId", order.id()));
        assertTrue(steps.stream().allMatch(s -> s.outcome == StepOutcome.SKIPPED), "settled, not left due");
        assertEquals(false, support.reload(order.id()).overdue());
    }

    @Test
    void anOrderSentBackAboveSupervisionIsFlaggedOverdueAgainAtItsNewDeadline() {
        String pointId = RectificationTestSupport.unique("P");
        String unit = RectificationTestSupport.unique("U");
        RectificationOrder order = support.fail(pointId, unit, "S-7.3", Severity.GENERAL);
        // the office escalated it by hand to 通报 before the fix; a failed verification keeps that rung
        support.escalateTo(order.id(), EscalationLevel.NOTICE);
        orders.acknowledge(order.id(), UnitScope.all(), "tester");
        orders.submit(order.id(), UnitScope.all(), "tester", "done", List.of("e"));
        orders.requestVerification(order.id(), UnitScope.all(), "office1");
        inspections.onReinspectionFailed(new gov.chuangcheng.events.inspection.ReinspectionFailed(
                order.id(),
                "INS-9",
                RectificationTestSupport.point(pointId, unit),
                "S-7.3",
                null,
                null,
                "仍未整改",
                List.of(),
                "inspector1",
                OffsetDateTime.now()));
        RectificationOrder back = support.reload(order.id());
        assertEquals(EscalationLevel.NOTICE, back.level());
        assertEquals(false, back.overdue());

        clock.set(back.deadline().plusSeconds(60));
        sweepUntilDone();
        RectificationOrder late = support.reload(order.id());
        assertTrue(late.overdue(), "the new deadline passed");
        assertEquals(EscalationLevel.NOTICE, late.level(), "no rung below the order's level fires again");
        assertEquals(
                3,
                support.outbox(pointId + ":S-7.3", EventCatalog.RECTIFICATION_ESCALATED)
                        .size());
    }

    @Test
    void twoSweepersInSeparateTransactionsFireEachStepExactlyOnce() throws Exception {
        String unit = RectificationTestSupport.unique("U");
        List<RectificationOrder> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(support.fail(RectificationTestSupport.unique("P"), unit, "S-8.1", Severity.GENERAL));
        }
        Instant deadline = many.get(0).deadline();
        clock.set(deadline.plusSeconds(60)); // 提醒 and 督办 due for each: 80 steps, more than a batch

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sweepers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                sweepers.add(pool.submit(() -> {
                    start.await();
                    int claimed = 0;
                    for (int i = 0; i < 100; i++) {
                        int n = QuarkusTransaction.requiringNew().call(escalations::sweep);
                        if (n == 0) {
                            break;
                        }
                        claimed += n;
                    }
                    return claimed;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : sweepers) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertTrue(total >= many.size(), "the sweepers claimed every order: " + total);
        } finally {
            pool.shutdownNow();
        }
        sweepUntilDone();
        for (RectificationOrder o : many) {
            assertEquals(
                    List.of("REMINDER", "SUPERVISION"),
                    levels(support.outbox(o.pointId() + ":S-8.1", EventCatalog.RECTIFICATION_ESCALATED)),
                    "order " + o.number());
        }
        long entries = QuarkusTransaction.requiringNew()
                .call(() -> gov.chuangcheng.accountability.ledger.LedgerEntry.count("unitCode", unit));
        assertEquals(80, entries, "one ledger entry per step");
    }

    @Test
    void shardsOfOneSweeperSplitTheOrdersAndTogetherFireEveryStepOnce() {
        String unit = RectificationTestSupport.unique("U");
        List<RectificationOrder> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(support.fail(RectificationTestSupport.unique("P"), unit, "S-8.2", Severity.GENERAL));
        }
        clock.set(many.get(0).deadline().plusSeconds(60)); // 提醒 and 督办 due for each

        for (int i = 0; i < 100 && QuarkusTransaction.requiringNew().call(() -> escalations.sweep(0, 3)) > 0; i++) {
            // drain shard 0 (it may also hold other tests' due orders)
        }
        List<String> escalated = many.stream()
                .filter(o -> !support.outbox(o.pointId() + ":S-8.2", EventCatalog.RECTIFICATION_ESCALATED)
                        .isEmpty())
                .map(o -> o.id())
                .toList();
        @SuppressWarnings("unchecked")
        List<String> inShardZero = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select id from rectification_order where id in (?1) and mod(abs(hashtext(id)), 3) = 0")
                        .setParameter(1, many.stream().map(o -> o.id()).toList())
                        .getResultList());
        assertTrue(!escalated.isEmpty() && escalated.size() < many.size(), "shard 0 of 3: " + escalated.size());
        assertEquals(
                new java.util.TreeSet<>(inShardZero),
                new java.util.TreeSet<>(escalated),
                "shard 0 fired exactly its own orders");

        for (int shard = 1; shard < 3; shard++) {
            int s = shard;
            for (int i = 0; i < 100 && QuarkusTransaction.requiringNew().call(() -> escalations.sweep(s, 3)) > 0; i++) {
                // drain the shard
            }
        }
        for (RectificationOrder o : many) {
            assertEquals(
                    List.of("REMINDER", "SUPERVISION"),
                    levels(support.outbox(o.pointId() + ":S-8.2", EventCatalog.RECTIFICATION_ESCALATED)),
                    "order " + o.number());
        }
    }
}
