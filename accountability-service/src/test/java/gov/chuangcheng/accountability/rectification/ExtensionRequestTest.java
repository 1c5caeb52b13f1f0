package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.escalation.EscalationLadder;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 延期申请 with real tokens: the unit asks, the office decides, the deadline and the escalation clock move. */
@QuarkusTest
class ExtensionRequestTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    CalendarService calendars;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineAndTheEscalationClock() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String office = KeycloakTokens.forUser("office1");
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = support.fail(pointId, "CGJ", "S-10.1", Severity.GENERAL);
        String path = "/rectifications/" + order.id() + "/extension-requests";

        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"workingDays\":0,\"reason\":\"\"}")
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("workingDays"))
                .body("errors.field", hasItem("reason"));
        String requestId = given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"workingDays\":2,\"reason\":\"需采购材料\"}")
                .post(path)
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("statusName", equalTo("待审批"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"workingDays\":1,\"reason\":\"再延\"}")
                .post(path)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{}")
                .post(path + "/" + requestId + "/approve")
                .then()
                .statusCode(403);
        given().auth().oauth2(KeycloakTokens.forUser("scjgj1")).get(path).then().statusCode(404);
        // the request waits for the office from the moment it is filed: announced then, and in the office's queue
        List<JsonNode> requested = support.outbox(pointId + ":S-10.1", EventCatalog.RECTIFICATION_CHANGE_REQUESTED);
        assertEquals(1, requested.size());
        assertEquals("EXTENSION", requested.get(0).get("change").asText());
        assertEquals(2, requested.get(0).get("workingDays").asInt());
        assertEquals(requestId, requested.get(0).get("requestId").asText());
        assertEquals("需采购材料", requested.get(0).get("reason").asText());
        given().auth()
                .oauth2(office)
                .queryParam("kind", "EXTENSION")
                .queryParam("limit", 500)
                .get("/pending-requests")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + requestId + "' }.kindName", equalTo("延期申请"))
                .body("find { it.id == '" + requestId + "' }.orderNumber", equalTo(order.number()))
                .body("find { it.id == '" + requestId + "' }.workingDays", equalTo(2));
        given().auth().oauth2(cgj).get("/pending-requests").then().statusCode(403);
        given().auth()
                .oauth2(office)
                .queryParam("kind", "LATER")
                .get("/pending-requests")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));

        Instant expected = EscalationLadder.workingDaysAfter(
                order.deadline(), 2, QuarkusTransaction.requiringNew().call(() -> calendars.calendar()));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"comment\":\"同意\"}")
                .post(path + "/" + requestId + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{}")
                .post(path + "/" + requestId + "/approve")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(office)
                .queryParam("limit", 500)
                .get("/pending-requests")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(requestId)));
        RectificationOrder extended = support.reload(order.id());
        assertEquals(expected, extended.deadline());
        List<JsonNode> events = support.outbox(pointId + ":S-10.1", EventCatalog.RECTIFICATION_EXTENDED);
        assertEquals(1, events.size());
        assertEquals(
                order.deadline(),
                OffsetDateTime.parse(events.get(0).get("previousDeadline").asText())
                        .toInstant());
        assertEquals(
                expected,
                OffsetDateTime.parse(events.get(0).get("newDeadline").asText()).toInstant());
        assertEquals("需采购材料", events.get(0).get("reason").asText());

        // the old deadline passes: nothing escalates; the new one passes: 提醒 and 督办
        clock.set(order.deadline().plusSeconds(60));
        support.sweepAll();
        assertEquals(List.of(), support.outbox(pointId + ":S-10.1", EventCatalog.RECTIFICATION_ESCALATED));
        clock.set(expected.plusSeconds(60));
        support.sweepAll();
        assertEquals(
                List.of("REMINDER", "SUPERVISION"),
                support.outbox(pointId + ":S-10.1", EventCatalog.RECTIFICATION_ESCALATED).stream()
                        .map(e -> e.get("level").asText())
                        .toList());
        assertTrue(support.reload(order.id()).overdue());
    }

    @Test
    void aRejectionNeedsACommentAndKeepsTheDeadline() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String office = KeycloakTokens.forUser("office1");
        RectificationOrder order =
                support.fail(RectificationTestSupport.unique("P"), "CGJ", "S-10.2", Severity.SERIOUS);
        String path = "/rectifications/" + order.id() + "/extension-requests";
        String requestId = given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"workingDays\":3,\"reason\":\"人手不足\"}")
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{}")
                .post(path + "/" + requestId + "/reject")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("comment"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"comment\":\"理由不充分\"}")
                .post(path + "/" + requestId + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        assertEquals(order.deadline(), support.reload(order.id()).deadline());
        given().auth().oauth2(cgj).get(path).then().statusCode(200).body("[0].decisionComment", equalTo("理由不充分"));
        given().auth()
                .oauth2(cgj)
                .get("/rectifications/" + order.id())
                .then()
                .statusCode(200)
                .body("history.action", hasItem("EXTENSION_REJECTED"));
    }
}
