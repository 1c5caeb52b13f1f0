package gov.chuangcheng.task.decomposition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.task.TaskCompleted;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.platform.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Overdue detection: the sweeper marks a task whose due date has passed (in Shanghai) and publishes
 * {@code cc.task.overdue.v1} exactly once, however often and from how many threads it runs.
 */
@QuarkusTest
@TestSecurity(user = "office1", roles = "office")
class OverdueSweeperTest extends TaskTestSupport {

    @Inject
    OverdueSweeper sweeper;

    @Test
    void aTaskPastItsDueDateIsOverdueExactlyOnceAndCanStillBeCompletedLate() throws Exception {
        String lead = createUnit(null, code("TDL"), "逾期测试单位", "DEPARTMENT", null);
        LocalDate due = today().plusDays(2);
        String id = createTask(null, "主次干道占道经营整治", List.of(STANDARD_1), lead, List.of(), due);
        String awaiting = createTask(null, "已提交待验收", List.of(STANDARD_2), lead, List.of(), due);
        as(null).body(progressJson(100, "完成"))
                .post("/tasks/" + awaiting + "/progress")
                .then()
                .statusCode(201);
        given().post("/tasks/" + awaiting + "/submit").then().statusCode(200);

        try (KafkaEvents kafka = tasksTopic()) {
            // the end of the due date in Shanghai: not yet overdue
            clock.set(due.atTime(23, 59).atZone(SHANGHAI).toInstant());
            sweeper.sweep();
            given().get("/tasks/" + id)
                    .then()
                    .body("status", equalTo("NOT_STARTED"))
                    .body("overdue", equalTo(false));

            clock.set(due.plusDays(1).atStartOfDay(SHANGHAI).toInstant().plusSeconds(60));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> runs = List.of(
                        pool.submit(() -> {
                            start.await();
                            return sweeper.sweep();
                        }),
                        pool.submit(() -> {
                            start.await();
                            return sweeper.sweep();
                        }));
                start.countDown();
                for (Future<Integer> run : runs) {
                    run.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            sweeper.sweep();
            clock.advance(Duration.ofDays(3));
            sweeper.sweep();

            given().get("/tasks/" + id)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("OVERDUE"))
                    .body("statusName", equalTo("已逾期"))
                    .body("overdue", equalTo(true));
            // submitted in time, still with the office: overdue, but stays awaiting acceptance
            given().get("/tasks/" + awaiting)
                    .then()
                    .body("status", equalTo("AWAITING_ACCEPTANCE"))
                    .body("overdue", equalTo(true));
            given().queryParam("unit", lead)
                    .queryParam("status", "OVERDUE")
                    .get("/tasks")
                    .then()
                    .body("total", equalTo(1));

            ConsumerRecord<String, String> record = kafka.await(
                            event(id, "cc.task.overdue.v1"), 1, Duration.ofSeconds(20))
                    .get(0);
            TaskOverdue overdue = json.readValue(record.value(), TaskOverdue.class);
            assertEquals("主次干道占道经营整治", overdue.title());
            assertEquals(lead, overdue.leadUnitCode());
            assertEquals("逾期测试单位", overdue.leadUnitName());
            assertEquals(due, overdue.dueDate());
            assertTrue(record.value().matches(".*\"detectedAt\":\"[^\"]*\\+08:00\".*"), record.value());
            kafka.await(event(awaiting, "cc.task.overdue.v1"), 1, Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> all = kafka.drain(Duration.ofSeconds(3));
            assertEquals(1, all.stream().filter(event(id, "cc.task.overdue.v1")).count(), "exactly one overdue event");
            assertEquals(
                    1,
                    all.stream().filter(event(awaiting, "cc.task.overdue.v1")).count());
            assertEquals(1L, outboxRows(id, "cc.task.overdue.v1"));

            // completed after the due date: late
            as(null).body(progressJson(100, "补救完成"))
                    .post("/tasks/" + id + "/progress")
                    .then()
                    .statusCode(201);
            given().get("/tasks/" + id).then().body("status", equalTo("OVERDUE"));
            given().post("/tasks/" + id + "/submit").then().statusCode(200);
            as(null).body("{\"reason\":\"照片不清晰\"}")
                    .post("/tasks/" + id + "/reject")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("OVERDUE"));
            given().post("/tasks/" + id + "/submit").then().statusCode(200);
            given().post("/tasks/" + id + "/accept")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("COMPLETED"))
                    .body("onTime", equalTo(false))
                    .body("overdue", equalTo(true));
            TaskCompleted completed = json.readValue(
                    kafka.await(event(id, "cc.task.completed.v1"), 1, Duration.ofSeconds(20))
                            .get(0)
                            .value(),
                    TaskCompleted.class);
            assertFalse(completed.onTime());

            sweeper.sweep();
            assertEquals(1L, outboxRows(id, "cc.task.overdue.v1"), "a completed overdue task is never swept again");
        }
    }

    private long outboxRows(String key, String type) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from outbox_event where msg_key = ?1 and event_type = ?2")
                                .setParameter(1, key)
                                .setParameter(2, type)
                                .getSingleResult())
                        .longValue());
    }
}
