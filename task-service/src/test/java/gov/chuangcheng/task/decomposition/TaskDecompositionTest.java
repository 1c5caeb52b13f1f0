package gov.chuangcheng.task.decomposition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.task.TaskAssigned;
import gov.chuangcheng.events.task.TaskCompleted;
import gov.chuangcheng.events.task.TaskRejected;
import gov.chuangcheng.events.task.TaskSubmitted;
import gov.chuangcheng.platform.testing.KafkaEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The office's side of task decomposition, against the real PostgreSQL and Kafka. */
@QuarkusTest
@TestSecurity(user = "office1", roles = "office")
class TaskDecompositionTest extends TaskTestSupport {

    @Test
    void creationPublishesTaskAssignedWithTheStandardAndTheUnits() throws Exception {
        String lead = createUnit(null, code("TDL"), "区城管局测试", "DEPARTMENT", null);
        String co1 = createUnit(null, code("TDC"), "区住建局测试", "DEPARTMENT", null);
        String co2 = createUnit(null, code("TDC"), "城关街道测试", "SUBDISTRICT", null);
        LocalDate due = today().plusDays(20);
        try (KafkaEvents kafka = tasksTopic()) {
            String id = as(null).body(taskJson(
                            "农贸市场公益广告全覆盖",
                            List.of(STANDARD_1, STANDARD_3),
                            lead,
                            List.of(co1, co2),
                            due,
                            "[{\"name\":\"完成摸底\",\"dueDate\":\"" + today().plusDays(5) + "\"}]"))
                    .post("/tasks")
                    .then()
                    .statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("status", equalTo("NOT_STARTED"))
                    .body("statusName", equalTo("未启动"))
                    .body("leadUnit.name", equalTo("区城管局测试"))
                    .body("coUnits.code", contains(co1, co2))
                    .body("standards.code", contains(STANDARD_1, STANDARD_3))
                    .body("standards[0].indicatorCode", equalTo(INDICATOR_A))
                    .body("milestones[0].index", equalTo(0))
                    .body("milestones[0].done", equalTo(false))
                    .body("overdue", equalTo(false))
                    .body("onTime", nullValue())
                    .extract()
                    .path("id");
            given().get("/tasks/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("title", equalTo("农贸市场公益广告全覆盖"));

            ConsumerRecord<String, String> record = kafka.await(
                            event(id, "cc.task.assigned.v1"), 1, Duration.ofSeconds(20))
                    .get(0);
            TaskAssigned event = json.readValue(record.value(), TaskAssigned.class);
            assertEquals(id, event.taskId());
            assertEquals("农贸市场公益广告全覆盖", event.title());
            assertEquals(STANDARD_1, event.standardCode());
            assertEquals(STANDARD_1_NAME, event.standardName());
            assertEquals(lead, event.leadUnitCode());
            assertEquals("区城管局测试", event.leadUnitName());
            assertEquals(List.of(co1, co2), event.coUnitCodes());
            assertEquals(due, event.dueDate());
            assertEquals("office1", event.assignedBy());
            assertTrue(record.value().contains("\"assignedAt\":\"" + today()), record.value());
            assertTrue(record.value().matches(".*\"assignedAt\":\"[^\"]*\\+08:00\".*"), record.value());
        }
    }

    @Test
    void fullLifecycleWithARejectionEndsCompletedOnTime() throws Exception {
        String lead = createUnit(null, code("TDL"), "区市场监管局测试", "DEPARTMENT", null);
        String id = as(null).body(taskJson(
                        "背街小巷整治",
                        List.of(STANDARD_2),
                        lead,
                        List.of(),
                        today().plusDays(10),
                        "[{\"name\":\"排查\",\"dueDate\":\"" + today().plusDays(3) + "\"},"
                                + "{\"name\":\"整治\",\"dueDate\":\"" + today().plusDays(8) + "\"}]"))
                .post("/tasks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        try (KafkaEvents kafka = tasksTopic()) {
            given().post("/tasks/" + id + "/accept").then().statusCode(409).contentType("application/problem+json");
            given().post("/tasks/" + id + "/submit").then().statusCode(409);

            as(null).body(progressJson(40, "完成排查"))
                    .post("/tasks/" + id + "/progress")
                    .then()
                    .statusCode(201)
                    .body("percent", equalTo(40))
                    .body("materials[0].name", equalTo("整治台账.pdf"))
                    .body("reportedBy", equalTo("office1"));
            as(null).body("{\"text\":\"排查完毕\",\"percent\":60,\"milestonesDone\":[0]}")
                    .post("/tasks/" + id + "/progress")
                    .then()
                    .statusCode(201);
            given().get("/tasks/" + id)
                    .then()
                    .body("status", equalTo("IN_PROGRESS"))
                    .body("statusName", equalTo("推进中"))
                    .body("percent", equalTo(60))
                    .body("milestones.done", contains(true, false));

            given().post("/tasks/" + id + "/submit")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("AWAITING_ACCEPTANCE"))
                    .body("statusName", equalTo("待验收"))
                    .body("submittedBy", equalTo("office1"));
            as(null).body("{\"text\":\"x\",\"percent\":70}")
                    .post("/tasks/" + id + "/progress")
                    .then()
                    .statusCode(409);
            as(null).body("{\"reason\":\" \"}")
                    .post("/tasks/" + id + "/reject")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("reason"));
            as(null).body("{\"reason\":\"台账材料不全，缺少整治前后对比照片\"}")
                    .post("/tasks/" + id + "/reject")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("IN_PROGRESS"));
            given().get("/tasks/" + id + "/reviews")
                    .then()
                    .statusCode(200)
                    .body("items[0].decision", equalTo("REJECTED"))
                    .body("items[0].decisionName", equalTo("验收不通过"))
                    .body("items[0].reason", equalTo("台账材料不全，缺少整治前后对比照片"));

            as(null).body(progressJson(100, "补充对比照片"))
                    .post("/tasks/" + id + "/progress")
                    .then()
                    .statusCode(201);
            given().post("/tasks/" + id + "/submit").then().statusCode(200);
            // the office's queue: the submitted task waits for its acceptance
            given().queryParam("limit", 500)
                    .get("/tasks/awaiting-acceptance")
                    .then()
                    .statusCode(200)
                    .body("id", hasItem(id));
            clock.advance(Duration.ofDays(10)); // the due date itself is still on time
            given().post("/tasks/" + id + "/accept")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("COMPLETED"))
                    .body("statusName", equalTo("已完成"))
                    .body("onTime", equalTo(true));
            given().post("/tasks/" + id + "/accept").then().statusCode(409);
            given().queryParam("limit", 500)
                    .get("/tasks/awaiting-acceptance")
                    .then()
                    .statusCode(200)
                    .body("id", not(hasItem(id)));

            given().get("/tasks/" + id + "/progress")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(3))
                    .body("items[0].text", equalTo("补充对比照片"))
                    .body("items.number", contains(3, 2, 1))
                    .body("items[0].materials[0].uri", endsWith(".pdf"));
            given().queryParam("size", 1)
                    .get("/tasks/" + id + "/progress")
                    .then()
                    .body("items", hasSize(1))
                    .body("total", equalTo(3));

            ConsumerRecord<String, String> record = kafka.await(
                            event(id, "cc.task.completed.v1"), 1, Duration.ofSeconds(20))
                    .get(0);
            TaskCompleted completed = json.readValue(record.value(), TaskCompleted.class);
            assertTrue(completed.onTime());
            assertEquals(lead, completed.leadUnitCode());
            assertEquals("区市场监管局测试", completed.leadUnitName());
            assertEquals(today(), completed.dueDate());
            // each submission is announced to the office when it starts waiting, and the rejection to the lead unit
            List<ConsumerRecord<String, String>> submissions =
                    kafka.await(event(id, "cc.task.submitted.v1"), 2, Duration.ofSeconds(20));
            TaskSubmitted submitted = json.readValue(submissions.get(0).value(), TaskSubmitted.class);
            assertEquals(lead, submitted.leadUnitCode());
            assertEquals("区市场监管局测试", submitted.leadUnitName());
            TaskRejected rejected = json.readValue(
                    kafka.await(event(id, "cc.task.rejected.v1"), 1, Duration.ofSeconds(20))
                            .get(0)
                            .value(),
                    TaskRejected.class);
            assertEquals("台账材料不全，缺少整治前后对比照片", rejected.reason());
            assertEquals(lead, rejected.leadUnitCode());
        }
        // a completed task no longer changes
        as(null).header("If-Match", "*")
                .body(taskJson("改", List.of(STANDARD_2), lead, List.of(), today(), "[]"))
                .put("/tasks/" + id)
                .then()
                .statusCode(409);
    }

    @Test
    void badInputIsA400NamingTheFieldAndStoresNothing() {
        String lead = createUnit(null, code("TDL"), "牵头单位", "DEPARTMENT", null);
        String inactive = code("TDX");
        as(null).body("""
                {"code":"%s","name":"撤销单位","kind":"DEPARTMENT","active":false}""".formatted(inactive)).post("/units").then().statusCode(201);
        LocalDate due = today().plusDays(10);

        bad(taskJson("t", List.of(STANDARD_1), "NO-SUCH-UNIT", List.of(), due, "[]"), "leadUnitCode");
        bad(taskJson("t", List.of(STANDARD_1), inactive, List.of(), due, "[]"), "leadUnitCode");
        bad(taskJson("t", List.of("NO-SUCH-STANDARD"), lead, List.of(), due, "[]"), "standardCodes[0]");
        bad(taskJson("t", List.of(STANDARD_1, STANDARD_1), lead, List.of(), due, "[]"), "standardCodes[1]");
        bad(taskJson("t", List.of(STANDARD_1), lead, List.of(lead), due, "[]"), "coUnitCodes[0]");
        bad(taskJson("t", List.of(STANDARD_1), lead, List.of("TDL-NOPE", "X"), due, "[]"), "coUnitCodes[0]");
        bad(taskJson("t", List.of(STANDARD_1), lead, List.of(), today().minusDays(1), "[]"), "dueDate");
        bad(
                taskJson(
                        "t",
                        List.of(STANDARD_1),
                        lead,
                        List.of(),
                        due,
                        "[{\"name\":\"m\",\"dueDate\":\"" + due.plusDays(1) + "\"}]"),
                "milestones[0].dueDate");
        bad(
                "{\"title\":\"t\",\"standardCodes\":[],\"leadUnitCode\":\"" + lead + "\",\"dueDate\":\"" + due + "\"}",
                "standardCodes");
        bad(
                "{\"title\":\"t\",\"standardCodes\":[\"" + STANDARD_1 + "\"],\"leadUnitCode\":\"" + lead
                        + "\",\"dueDate\":\"tomorrow\"}",
                "dueDate");

        evaluationDay.date = today().plusDays(5);
        bad(taskJson("t", List.of(STANDARD_1), lead, List.of(), due, "[]"), "dueDate");
        evaluationDay.date = null;

        // nothing of the above was stored
        given().queryParam("unit", lead).get("/tasks").then().statusCode(200).body("total", equalTo(0));

        // percent 150 and an unknown milestone change nothing either
        String id = createTask(null, "t", List.of(STANDARD_1), lead, List.of(), due);
        as(null).body(progressJson(150, "超额"))
                .post("/tasks/" + id + "/progress")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("percent"));
        as(null).body("{\"text\":\"x\",\"percent\":10,\"milestonesDone\":[3]}")
                .post("/tasks/" + id + "/progress")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("milestonesDone[0]"));
        as(null).body("{\"text\":\"x\",\"percent\":10,\"materials\":[{\"name\":\"a\",\"uri\":\"not a uri\"}]}")
                .post("/tasks/" + id + "/progress")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith("materials[0].uri")));
        given().get("/tasks/" + id)
                .then()
                .body("status", equalTo("NOT_STARTED"))
                .body("percent", equalTo(0))
                .body("version", equalTo(0));
        given().get("/tasks/" + id + "/progress").then().body("total", equalTo(0));

        given().queryParam("status", "BOGUS")
                .get("/tasks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().queryParam("dueFrom", "2026-13-01")
                .get("/tasks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dueFrom"));
        given().queryParam("dueFrom", "2026-12-02")
                .queryParam("dueTo", "2026-12-01")
                .get("/tasks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("dueTo"));
        given().get("/tasks/no-such-task").then().statusCode(404).contentType("application/problem+json");
    }

    private void bad(String body, String field) {
        as(null).body(body)
                .post("/tasks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    @Test
    void editsNeedTheCurrentVersionAndAReassignmentIsPublishedAgain() throws Exception {
        String lead = createUnit(null, code("TDL"), "原牵头单位", "DEPARTMENT", null);
        String other = createUnit(null, code("TDL"), "新牵头单位", "DEPARTMENT", null);
        LocalDate due = today().plusDays(10);
        String id = createTask(null, "原标题", List.of(STANDARD_1), lead, List.of(), due);

        String retitled = taskJson("新标题", List.of(STANDARD_1), lead, List.of(), due, "[]");
        as(null).body(retitled).put("/tasks/" + id).then().statusCode(428);
        as(null).header("If-Match", "\"7\"")
                .body(retitled)
                .put("/tasks/" + id)
                .then()
                .statusCode(412);
        as(null).header("If-Match", "\"0\"")
                .body(taskJson("新标题", List.of(STANDARD_1), lead, List.of(lead), due, "[]"))
                .put("/tasks/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("coUnitCodes[0]"));
        as(null).header("If-Match", "\"0\"")
                .body(retitled)
                .put("/tasks/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("新标题"));

        try (KafkaEvents kafka = tasksTopic()) {
            as(null).header("If-Match", "\"1\"")
                    .body(taskJson("新标题", List.of(STANDARD_1), other, List.of(lead), due, "[]"))
                    .put("/tasks/" + id)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("leadUnit.code", equalTo(other));
            List<ConsumerRecord<String, String>> assigned =
                    kafka.await(event(id, "cc.task.assigned.v1"), 2, Duration.ofSeconds(20));
            TaskAssigned reassignment = json.readValue(assigned.get(1).value(), TaskAssigned.class);
            assertEquals(other, reassignment.leadUnitCode());
            assertEquals(List.of(lead), reassignment.coUnitCodes());
            assertEquals("新标题", reassignment.title());
            // the retitling alone was not an assignment
            assertEquals(
                    2,
                    kafka.drain(Duration.ofSeconds(1)).stream()
                            .filter(event(id, "cc.task.assigned.v1"))
                            .count());
        }
    }

    @Test
    void listsAreFilteredByUnitStatusDueDateAndIndicatorAndPaginated() {
        String a = createUnit(null, code("TDL"), "甲单位", "DEPARTMENT", null);
        String b = createUnit(null, code("TDL"), "乙单位", "DEPARTMENT", null);
        String t1 = createTask(null, "一", List.of(STANDARD_1), a, List.of(), today().plusDays(5));
        String t2 = createTask(null, "二", List.of(STANDARD_3), b, List.of(a), today().plusDays(15));
        String t3 = createTask(null, "三", List.of(STANDARD_2, STANDARD_3), b, List.of(), today().plusDays(25));
        as(null).body(progressJson(10, "启动"))
                .post("/tasks/" + t3 + "/progress")
                .then()
                .statusCode(201);

        given().queryParam("unit", a)
                .get("/tasks")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(t1, t2)); // by due date
        given().queryParam("unit", b)
                .queryParam("status", "IN_PROGRESS")
                .get("/tasks")
                .then()
                .body("items.id", contains(t3))
                .body("items[0].statusName", equalTo("推进中"));
        given().queryParam("unit", b)
                .queryParam("dueFrom", today().plusDays(10).toString())
                .queryParam("dueTo", today().plusDays(20).toString())
                .get("/tasks")
                .then()
                .body("items.id", contains(t2));
        given().queryParam("indicator", INDICATOR_B)
                .queryParam("unit", b)
                .get("/tasks")
                .then()
                .body("items.id", containsInAnyOrder(t2, t3));
        given().queryParam("indicator", INDICATOR_A)
                .queryParam("unit", a)
                .get("/tasks")
                .then()
                .body("items.id", contains(t1));
        given().queryParam("standard", STANDARD_2)
                .queryParam("unit", b)
                .get("/tasks")
                .then()
                .body("items.id", contains(t3));
        given().queryParam("unit", b)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/tasks")
                .then()
                .body("total", equalTo(2))
                .body("items.id", contains(t3))
                .body("page", equalTo(1));
        given().queryParam("size", 0).get("/tasks").then().statusCode(400).body("errors[0].field", equalTo("size"));
        assertFalse(t1.equals(t2));
    }
}
