package gov.chuangcheng.notification.routing;

import static gov.chuangcheng.notification.Fixtures.contact;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.notification.message.Notification;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RuleResourceTest {

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    UnitDirectory directory;

    private static String rule(
            String name, String eventType, String level, String unit, String audience, String roles, String channels) {
        return """
                {"name":"%s","eventType":"%s","level":%s,"unitCode":%s,"audience":"%s","roles":[%s],"channels":[%s]}
                """.formatted(
                        name,
                        eventType,
                        level == null ? "null" : "\"" + level + "\"",
                        unit == null ? "null" : "\"" + unit + "\"",
                        audience,
                        roles,
                        channels);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void theSeededDefaultsRouteTalkToTheHeadAndTheLeadersAndNoticesAsDocuments() {
        given().queryParam("eventType", "cc.rectification.escalated.v1")
                .queryParam("size", 500)
                .get("/notification-rules")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.level == 'TALK' }.audience",
                        containsInAnyOrder("RESPONSIBLE_UNIT", "LEADERSHIP"))
                .body(
                        "items.find { it.level == 'TALK' && it.audience == 'RESPONSIBLE_UNIT' }.roles",
                        equalTo(List.of("HEAD")))
                .body(
                        "items.find { it.level == 'TALK' && it.audience == 'RESPONSIBLE_UNIT' }.roleNames",
                        equalTo(List.of("主要负责人")))
                // a 通报 rung reaches the responsible unit and the office; the notice document reaches the rest
                .body(
                        "items.findAll { it.level == 'NOTICE' && it.enabled }.audience",
                        containsInAnyOrder("RESPONSIBLE_UNIT", "CAMPAIGN_OFFICE"))
                .body("items.findAll { it.level == 'ACCOUNTABILITY' }.audience", hasItem("DISCIPLINE_COMMISSION"));
        given().queryParam("eventType", "cc.notice.issued.v1")
                .get("/notification-rules")
                .then()
                .statusCode(200)
                .body("items.audience", containsInAnyOrder("MAIN_RECIPIENTS", "LEADERSHIP", "CAMPAIGN_OFFICE"));
        given().get("/notification-rules/event-types").then().statusCode(200).body("$", hasItem("cc.task.overdue.v1"));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void theOfficeManagesRulesWithVersionsAndTheyRouteEvents() {
        String s = Fixtures.suffix();
        String unit = "T-" + s;
        String body =
                rule("逾期任务告知主要负责人" + s, "cc.task.overdue.v1", null, unit, "RESPONSIBLE_UNIT", "\"HEAD\"", "\"INBOX\"");
        String id = given().contentType("application/json")
                .body(body)
                .post("/notification-rules")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("audienceName", equalTo("责任单位"))
                .body("channelNames", equalTo(List.of("站内信")))
                .extract()
                .path("id");
        given().get("/notification-rules/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("unitCode", equalTo(unit));

        // the rule routes: an overdue task of that unit reaches its head's inbox (the default rules reach the
        // liaison as well)
        Fixtures.unit(
                topics,
                json,
                directory,
                unit,
                "区住建局",
                UnitKind.DEPARTMENT,
                contact("王局长", ContactRole.HEAD, null, "jd01"),
                contact("联络员", ContactRole.LIAISON, null, "cgj1"));
        String eventId = TestEvents.publish(
                topics.of(Topic.TASKS),
                EventCatalog.TASK_OVERDUE,
                "task-" + s,
                new TaskOverdue(
                        "task-" + s,
                        "背街小巷整治" + s,
                        unit,
                        "区住建局",
                        LocalDate.of(2026, 11, 20),
                        OffsetDateTime.parse("2026-11-21T00:05:00+08:00")),
                json);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows(eventId).stream()
                        .map(n -> n.channel + " " + n.recipient)
                        .collect(Collectors.toSet())
                        .equals(Set.of("INBOX jd01", "INBOX cgj1")));
        assertEquals("【任务逾期】背街小巷整治" + s, rows(eventId).get(0).title);

        String changed = rule(
                "逾期任务告知主要负责人" + s,
                "cc.task.overdue.v1",
                null,
                unit,
                "RESPONSIBLE_UNIT",
                "\"HEAD\",\"DEPUTY\"",
                "\"INBOX\",\"MAIL\"");
        given().contentType("application/json")
                .body(changed)
                .put("/notification-rules/" + id)
                .then()
                .statusCode(428);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(changed)
                .put("/notification-rules/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("roles", equalTo(List.of("HEAD", "DEPUTY")))
                .body("channels", equalTo(List.of("INBOX", "MAIL")));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(changed)
                .put("/notification-rules/" + id)
                .then()
                .statusCode(412);
        given().header("If-Match", "\"0\"")
                .delete("/notification-rules/" + id)
                .then()
                .statusCode(412);
        given().header("If-Match", "\"1\"")
                .delete("/notification-rules/" + id)
                .then()
                .statusCode(204);
        given().get("/notification-rules/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    private static List<Notification> rows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("sourceEventId", eventId));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void badRulesAreRejectedWithTheFieldAndChangeNothing() {
        String s = Fixtures.suffix();
        String name = "坏规则" + s;
        record Bad(String body, String field) {}
        List<Bad> bad = List.of(
                new Bad(
                        rule(name, "cc.unknown.happened.v1", null, null, "RESPONSIBLE_UNIT", "", "\"INBOX\""),
                        "eventType"),
                new Bad(rule(name, "cc.task.overdue.v1", "TALK", null, "RESPONSIBLE_UNIT", "", "\"INBOX\""), "level"),
                new Bad(rule(name, "cc.rectification.opened.v1", null, null, "RESPONSIBLE_UNIT", "", ""), "channels"),
                new Bad(
                        rule(name, "cc.rectification.opened.v1", null, null, "RESPONSIBLE_UNIT", "", "\"WEBHOOK\""),
                        "channels"),
                new Bad(rule(name, "cc.rectification.opened.v1", null, null, "PLANET", "", "\"INBOX\""), "audience"),
                new Bad(
                        rule(
                                name,
                                "cc.rectification.opened.v1",
                                null,
                                null,
                                "RESPONSIBLE_UNIT",
                                "\"MAYOR\"",
                                "\"INBOX\""),
                        "roles"),
                new Bad(
                        rule(name, "cc.rectification.opened.v1", null, "bad code", "RESPONSIBLE_UNIT", "", "\"INBOX\""),
                        "unitCode"),
                new Bad(
                        rule("", "cc.rectification.opened.v1", null, null, "RESPONSIBLE_UNIT", "", "\"INBOX\""),
                        "name"));
        for (Bad b : bad) {
            given().contentType("application/json")
                    .body(b.body())
                    .post("/notification-rules")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith(b.field())));
        }
        given().queryParam("size", 500)
                .get("/notification-rules")
                .then()
                .statusCode(200)
                .body("items.name", not(hasItem(name)));
    }

    @Test
    @TestSecurity(user = "cgj1", roles = "department")
    void departmentsCannotReadOrChangeRules() {
        given().get("/notification-rules").then().statusCode(403);
        given().contentType("application/json")
                .body(rule("x", "cc.task.overdue.v1", null, null, "RESPONSIBLE_UNIT", "", "\"INBOX\""))
                .post("/notification-rules")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "leader1", roles = "leader")
    void leadersReadRulesButCannotChangeThem() {
        given().get("/notification-rules").then().statusCode(200);
        given().contentType("application/json")
                .body(rule("x", "cc.task.overdue.v1", null, null, "RESPONSIBLE_UNIT", "", "\"INBOX\""))
                .post("/notification-rules")
                .then()
                .statusCode(403);
    }
}
