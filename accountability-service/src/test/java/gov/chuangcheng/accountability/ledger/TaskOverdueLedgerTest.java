package gov.chuangcheng.accountability.ledger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.accountability.rectification.RectificationTestSupport;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An overdue task of task-service costs its lead unit a point, once however often the event arrives. */
@QuarkusTest
class TaskOverdueLedgerTest {

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void anOverdueTaskIsChargedToItsLeadUnitOnce() throws Exception {
        String unit = RectificationTestSupport.unique("UT");
        String taskId = UUID.randomUUID().toString();
        TaskOverdue overdue = new TaskOverdue(
                taskId,
                "农贸市场公益广告全覆盖",
                unit,
                "测试局",
                LocalDate.of(2026, 11, 20),
                OffsetDateTime.parse("2026-11-21T01:00:00+08:00"));
        String eventId = UUID.randomUUID().toString();
        // the same event twice, then a marker on the same key: once the marker is in, both copies were consumed
        send(taskId, overdue, eventId);
        send(taskId, overdue, eventId);
        String marker = UUID.randomUUID().toString();
        send(taskId, overdue, marker);
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxHas(marker));

        given().get("/ledger/units/" + unit)
                .then()
                .statusCode(200)
                .body("score", equalTo(98.0f)) // 100 − 1 (the event) − 1 (the marker, a second genuine event)
                .body("entries.size()", equalTo(2))
                .body("entries[0].reason", startsWith("任务逾期：农贸市场公益广告全覆盖"))
                .body("entries[0].orderId", equalTo(null));
    }

    private void send(String key, TaskOverdue payload, String eventId) {
        TestEvents.publishWithId(topics.of(Topic.TASKS), EventCatalog.TASK_OVERDUE, key, payload, json, eventId);
    }

    private boolean inboxHas(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                                        .setParameter(1, eventId)
                                        .getSingleResult())
                                .longValue()
                        == 1);
    }
}
