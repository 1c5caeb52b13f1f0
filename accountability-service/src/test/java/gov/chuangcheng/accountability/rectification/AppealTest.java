package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.escalation.EscalationStep;
import gov.chuangcheng.accountability.ledger.LedgerEntry;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 申诉 with real tokens: the clock stops while pending; upheld withdraws the order and reverses its deductions. */
@QuarkusTest
class AppealTest {

    @Inject
    RectificationTestSupport support;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
    }

    @Test
    void anUpheldAppealWithdrawsTheOrderAndReversesItsDeductions() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String office = KeycloakTokens.forUser("office1");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-12.1";
        RectificationOrder order = support.fail(pointId, "CGJ", "S-12.1", Severity.GENERAL);
        support.escalateTo(order.id(), gov.chuangcheng.events.EscalationLevel.NOTICE); // 通报 −2
        String path = "/rectifications/" + order.id() + "/appeals";

        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"\"}")
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        String appealId = given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"该点位不属于本单位\"}")
                .post(path)
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"again\"}")
                .post(path)
                .then()
                .statusCode(409);
        assertFalse(support.reload(order.id()).suspended(), "waiting on the appeal does not stop the clock");
        assertEquals(1, support.outbox(key, EventCatalog.RECTIFICATION_APPEALED).size());
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"decision\":\"UPHELD\",\"comment\":\"ok\"}")
                .post(path + "/" + appealId + "/decision")
                .then()
                .statusCode(403);

        clock.advance(Duration.ofHours(2));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"comment\":\"x\"}")
                .post(path + "/" + appealId + "/decision")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("decision"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"decision\":\"UPHELD\",\"comment\":\"核实属实\"}")
                .post(path + "/" + appealId + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("UPHELD"))
                .body("statusName", equalTo("申诉成立"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"decision\":\"REJECTED\",\"comment\":\"再议\"}")
                .post(path + "/" + appealId + "/decision")
                .then()
                .statusCode(409);

        RectificationOrder withdrawn = support.reload(order.id());
        assertEquals(RectificationStatus.CLOSED, withdrawn.status());
        assertEquals(gov.chuangcheng.events.rectification.Closure.VOIDED, withdrawn.closure());
        assertNull(withdrawn.onTime(), "an upheld appeal is no rectification");
        assertNull(withdrawn.suspendedAt());
        List<LedgerEntry> entries = QuarkusTransaction.requiringNew()
                .call(() -> LedgerEntry.<LedgerEntry>list("orderId = ?1 order by seq", order.id()));
        LedgerEntry notice =
                entries.stream().filter(e -> e.points.signum() < 0).findFirst().orElseThrow();
        LedgerEntry reversal = entries.stream()
                .filter(e -> notice.id.equals(e.reversalOf))
                .findFirst()
                .orElseThrow();
        assertEquals(notice.id, reversal.reversalOf);
        assertEquals(0, new BigDecimal("2").compareTo(reversal.points));
        assertEquals(
                0,
                entries.stream()
                        .map(e -> e.points)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .signum(),
                "the order costs the unit nothing in the end");
        List<JsonNode> decided = support.outbox(key, EventCatalog.APPEAL_DECIDED);
        assertEquals("UPHELD", decided.get(0).get("decision").asText());
        assertEquals(
                0L,
                (long) QuarkusTransaction.requiringNew()
                        .call(() -> EscalationStep.count("orderId = ?1 and firedAt is null", order.id())),
                "no step left to fire");
        given().auth()
                .oauth2(cgj)
                .get("/rectifications/" + order.id())
                .then()
                .statusCode(200)
                .body("history.action", hasItem("APPEAL_UPHELD"));
    }

    @Test
    void aRejectedAppealChangesNothingTheClockRanThroughout() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String office = KeycloakTokens.forUser("office1");
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = support.fail(pointId, "CGJ", "S-12.2", Severity.GENERAL);
        String path = "/rectifications/" + order.id() + "/appeals";
        String appealId = given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"已整改\"}")
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Instant deadline = support.reload(order.id()).deadline();
        clock.advance(Duration.ofDays(7)); // the appeal took a week; the deadline did not wait for it
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"decision\":\"REJECTED\",\"comment\":\"证据不足\"}")
                .post(path + "/" + appealId + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        RectificationOrder after = support.reload(order.id());
        assertEquals(RectificationStatus.OPEN, after.status());
        assertTrue(!after.suspended());
        assertEquals(deadline, after.deadline(), "the deadline stands where it was");
        assertEquals(
                0,
                support.outbox(pointId + ":S-12.2", EventCatalog.RECTIFICATION_SUSPENDED)
                        .size());
        given().auth().oauth2(cgj).get(path).then().statusCode(200).body("[0].decisionComment", equalTo("证据不足"));
    }
}
