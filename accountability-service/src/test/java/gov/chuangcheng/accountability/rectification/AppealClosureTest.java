package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.escalation.EscalationStep;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 申诉 with evidence and its time limit; an upheld appeal closes the episode (appeal-decided, then closed). */
@QuarkusTest
class AppealClosureTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    CalendarService calendars;

    @Inject
    EntityManager em;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
    }

    @SuppressWarnings("unchecked")
    private List<String> eventTypes(String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select event_type from outbox_event where msg_key = ?1 order by id")
                        .setParameter(1, key)
                        .getResultList());
    }

    @Test
    void anUpheldAppealWithEvidenceClosesTheEpisode() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String office = KeycloakTokens.forUser("office1");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-14.1";
        RectificationOrder order = support.fail(pointId, "CGJ", "S-14.1", Severity.GENERAL);
        String path = "/rectifications/" + order.id() + "/appeals";

        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"该点位已移交\",\"evidenceIds\":[\"\"]}")
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        String appealId = given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body(
                        "{\"reason\":\"该点位已移交区住建局\",\"evidenceIds\":[\"5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01\",\"5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c09\"]}")
                .post(path)
                .then()
                .statusCode(201)
                .body(
                        "evidenceIds",
                        equalTo(List.of(
                                "5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01", "5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c09")))
                .extract()
                .path("id");
        clock.advance(Duration.ofHours(3));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"decision\":\"UPHELD\",\"comment\":\"移交属实\"}")
                .post(path + "/" + appealId + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("UPHELD"));

        RectificationOrder closed = support.reload(order.id());
        assertEquals(RectificationStatus.CLOSED, closed.status());
        assertEquals(gov.chuangcheng.events.rectification.Closure.VOIDED, closed.closure());
        given().auth()
                .oauth2(cgj)
                .get("/rectifications/" + order.id())
                .then()
                .statusCode(200)
                .body("closure", equalTo("VOIDED"))
                .body("status", equalTo("CLOSED"));
        assertEquals(null, closed.onTime(), "voided on appeal: no rectification, neither on time nor late");
        List<String> types = eventTypes(key);
        assertEquals(EventCatalog.RECTIFICATION_CLOSED.name(), types.get(types.size() - 1));
        assertEquals(EventCatalog.APPEAL_DECIDED.name(), types.get(types.size() - 2), "decided, then closed");
        List<JsonNode> closedEvents = support.outbox(key, EventCatalog.RECTIFICATION_CLOSED);
        assertEquals(1, closedEvents.size());
        assertEquals("office1", closedEvents.get(0).get("verifiedBy").asText());
        assertTrue(!closedEvents.get(0).get("onTime").asBoolean());
        assertEquals("VOIDED", closedEvents.get(0).get("closure").asText());
        given().auth()
                .oauth2(cgj)
                .get(path)
                .then()
                .statusCode(200)
                .body(
                        "[0].evidenceIds",
                        equalTo(List.of(
                                "5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01", "5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c09")));
        given().auth()
                .oauth2(cgj)
                .get("/rectifications/" + order.id())
                .then()
                .statusCode(200)
                .body("history.action", hasItem("APPEALED"))
                .body(
                        "history.find { it.action == 'APPEALED' }.note",
                        equalTo(
                                "该点位已移交区住建局（证据 5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01、5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c09）"));

        // the episode is over: the same point × standard failing now opens a new order, not a relapse (反弹) — the
        // withdrawn order was never fixed, so nothing came back
        RectificationOrder next = support.fail(pointId, "CGJ", "S-14.1", Severity.GENERAL);
        assertFalse(next.id().equals(order.id()));
        assertFalse(next.relapse());
        assertEquals(EscalationLevel.NONE, next.level());
    }

    @Test
    void anAppealAfterTheWindowIsRefusedUntilANewDeductionOpensItsOwn() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-14.2";
        RectificationOrder order = support.fail(pointId, "CGJ", "S-14.2", Severity.GENERAL);
        String path = "/rectifications/" + order.id() + "/appeals";
        Instant windowCloses = QuarkusTransaction.requiringNew()
                .call(() -> calendars.calendar())
                .deadlineAfterWorkingDays(order.openedAt(), 5);

        // past the five working days (提醒 and 督办 cost nothing): 409, and nothing changes
        clock.set(windowCloses.plusSeconds(60));
        support.sweepAll();
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"已超期的申诉\"}")
                .post(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertFalse(support.reload(order.id()).suspended());
        assertEquals(List.of(), support.outbox(key, EventCatalog.RECTIFICATION_APPEALED));
        given().auth().oauth2(cgj).get(path).then().statusCode(200).body("size()", equalTo(0));

        // the 通报 deduction (−2) comes later: the unit may contest it within five working days of it
        Instant noticeDue = QuarkusTransaction.requiringNew()
                .call(() -> EscalationStep.<EscalationStep>find(
                                "orderId = ?1 and level = ?2 and firedAt is null", order.id(), EscalationLevel.NOTICE)
                        .firstResult()
                        .dueAt);
        clock.set(noticeDue.plusSeconds(60));
        support.sweepAll();
        assertEquals(EscalationLevel.NOTICE, support.reload(order.id()).level());
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"通报有误\"}")
                .post(path)
                .then()
                .statusCode(201);
        assertEquals(1, support.outbox(key, EventCatalog.RECTIFICATION_APPEALED).size());
    }
}
