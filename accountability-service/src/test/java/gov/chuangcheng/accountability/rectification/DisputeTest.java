package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.ledger.LedgerEntry;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 退单 / 确权 / 改派 with real tokens and the real database: the unit returns the order, the office reassigns it with a
 * fresh deadline and the first unit's deductions reversed, the new unit disputes once more and that decision is final;
 * the office reassigns directly too. Every step is an event on the episode's key.
 */
@QuarkusTest
class DisputeTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    gov.chuangcheng.accountability.ranking.RankingService ranking;

    AdjustableClock clock;

    private gov.chuangcheng.accountability.ranking.RankingRow rankOf(String unit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ranking.report(null).units().stream()
                        .filter(r -> r.unitCode().equals(unit))
                        .findFirst()
                        .orElseThrow());
    }

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(
                RectificationTestSupport.department("CGJ", "区城管局"),
                RectificationTestSupport.department("SCJGJ", "区市场监管局"),
                RectificationTestSupport.department("ZJJ", "区住房和城乡建设局"));
    }

    private static BigDecimal net(String orderId, String unit) {
        return QuarkusTransaction.requiringNew()
                .call(() -> LedgerEntry.<LedgerEntry>list("orderId = ?1 and unitCode = ?2", orderId, unit))
                .stream()
                .map(e -> e.points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void aReassignedDisputeGivesTheNewUnitTheOrderAndRestoresTheFirstUnitsScore() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String scj = KeycloakTokens.forUser("scjgj1");
        String office = KeycloakTokens.forUser("office1");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-20.1";
        var before = rankOf("CGJ");
        RectificationOrder order = support.fail(pointId, "CGJ", "S-20.1", Severity.GENERAL);
        support.escalateTo(order.id(), EscalationLevel.NOTICE); // 通报 −2 for 区城管局
        assertEquals(0, new BigDecimal("-2").compareTo(net(order.id(), "CGJ")));
        String path = "/rectifications/" + order.id() + "/disputes";

        // hostile and wrong input changes nothing
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{}")
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("claimedUnitCode"))
                .body("errors.field", hasItem("reason"));
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"claimedUnitCode\":\"NOPE'; drop table order_request;--\",\"reason\":\"x\"}")
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("claimedUnitCode"));
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"claimedUnitCode\":\"CGJ\",\"reason\":\"x\"}")
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("claimedUnitCode"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"claimedUnitCode\":\"SCJGJ\",\"reason\":\"x\"}")
                .post(path)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(scj)
                .contentType("application/json")
                .body("{\"claimedUnitCode\":\"ZJJ\",\"reason\":\"x\"}")
                .post(path)
                .then()
                .statusCode(404);
        given().auth().oauth2(cgj).get(path).then().statusCode(200).body("size()", equalTo(0));

        String disputeId = given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"claimedUnitCode\":\"SCJGJ\",\"reason\":\"该摊位属农贸市场内经营，归市场监管局管理\"}")
                .post(path)
                .then()
                .statusCode(201)
                .body("statusName", equalTo("待确权"))
                .body("claimedUnitName", equalTo("区市场监管局"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"claimedUnitCode\":\"ZJJ\",\"reason\":\"x\"}")
                .post(path)
                .then()
                .statusCode(409);
        assertEquals(1, support.outbox(key, EventCatalog.RECTIFICATION_DISPUTED).size());
        assertTrue(!support.reload(order.id()).suspended(), "the clock does not stop while a dispute waits");

        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"decision\":\"REASSIGNED\"}")
                .post(path + "/" + disputeId + "/decision")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"decision\":\"MAYBE\"}")
                .post(path + "/" + disputeId + "/decision")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"decision\":\"REJECTED\"}")
                .post(path + "/" + disputeId + "/decision")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("comment"));

        clock.advance(Duration.ofDays(1)); // decided the next day
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"decision\":\"REASSIGNED\",\"comment\":\"经核实属市场监管局职责\"}")
                .post(path + "/" + disputeId + "/decision")
                .then()
                .statusCode(200)
                .body("statusName", equalTo("已改派"))
                .body("settledUnitCode", equalTo("SCJGJ"));

        RectificationOrder moved = support.reload(order.id());
        assertEquals("SCJGJ", moved.unitCode());
        assertEquals(RectificationStatus.OPEN, moved.status(), "a reassignment is not a closure");
        assertEquals(EscalationLevel.NONE, moved.level());
        assertEquals(RectificationTestSupport.START.plus(Duration.ofDays(1)), moved.assignedAt());
        assertTrue(moved.deadline().isAfter(order.deadline()), "a fresh deadline from the reassignment");
        assertEquals(0, net(order.id(), "CGJ").signum(), "the first unit's deductions are reversed");
        List<JsonNode> reassigned = support.outbox(key, EventCatalog.RECTIFICATION_REASSIGNED);
        assertEquals(1, reassigned.size());
        assertEquals("CGJ", reassigned.get(0).get("from").get("code").asText());
        assertEquals("SCJGJ", reassigned.get(0).get("to").get("code").asText());
        assertEquals("SCJGJ", reassigned.get(0).get("order").get("unitCode").asText());
        assertTrue(reassigned.get(0).get("settled").asBoolean());
        assertEquals(disputeId, reassigned.get(0).get("disputeId").asText());
        JsonNode decided = support.outbox(key, EventCatalog.DISPUTE_DECIDED).get(0);
        assertEquals("REASSIGNED", decided.get("decision").asText());
        assertEquals(false, decided.get("finalDecision").asBoolean());
        JsonNode settled =
                support.outbox(key, EventCatalog.RESPONSIBILITY_SETTLED).get(0);
        assertEquals("SCJGJ", settled.get("unit").get("code").asText());
        assertEquals(pointId, settled.get("order").get("pointId").asText());

        var after = rankOf("CGJ");
        assertEquals(
                before.disputes().numerator() + 1,
                after.disputes().numerator(),
                "the ranking counts the unit's disputes");
        assertEquals(before.disputesReassigned() + 1, after.disputesReassigned());
        assertEquals(
                before.disputes().denominator() + 1,
                after.disputes().denominator(),
                "the order moved away on the dispute was received all the same");

        // the first unit no longer sees it; the new one does, and may dispute once
        given().auth().oauth2(cgj).get("/rectifications/" + order.id()).then().statusCode(404);
        given().auth()
                .oauth2(scj)
                .get("/rectifications/" + order.id())
                .then()
                .statusCode(200)
                .body("history.action", hasItem("REASSIGNED"));
        String second = given().auth()
                .oauth2(scj)
                .contentType("application/json")
                .body("{\"claimedUnitCode\":\"CGJ\",\"reason\":\"摊位在市场外的人行道上\"}")
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"decision\":\"REJECTED\",\"comment\":\"现场核实在市场红线内\"}")
                .post(path + "/" + second + "/decision")
                .then()
                .statusCode(200)
                .body("statusName", equalTo("驳回退单"));
        assertEquals("SCJGJ", support.reload(order.id()).unitCode());
        List<JsonNode> decisions = support.outbox(key, EventCatalog.DISPUTE_DECIDED);
        assertEquals(true, decisions.get(1).get("finalDecision").asBoolean(), "the second decision is final");
        assertEquals(2, support.outbox(key, EventCatalog.RESPONSIBILITY_SETTLED).size());
        given().auth()
                .oauth2(scj)
                .contentType("application/json")
                .body("{\"claimedUnitCode\":\"ZJJ\",\"reason\":\"再次退单\"}")
                .post(path)
                .then()
                .statusCode(409)
                .body("detail", containsString("最终结果"));
    }

    @Test
    void aCriticalOrderIsDisputedWithinTwoOfficeHoursOnly() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = support.fail(pointId, "CGJ", "S-20.2", Severity.CRITICAL);
        clock.set(QuarkusTransaction.requiringNew()
                .call(() -> support.calendar().plusOfficeTime(order.assignedAt(), Duration.ofHours(2)))
                .plusSeconds(60));
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"claimedUnitCode\":\"SCJGJ\",\"reason\":\"x\"}")
                .post("/rectifications/" + order.id() + "/disputes")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("退单时限已过"));
    }

    @Test
    void theOfficeReassignsDirectlyOnTheOrderItRead() {
        String office = KeycloakTokens.forUser("office1");
        String cgj = KeycloakTokens.forUser("cgj1");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-20.3";
        RectificationOrder order = support.fail(pointId, "CGJ", "S-20.3", Severity.SERIOUS);
        String path = "/rectifications/" + order.id() + "/reassignment";
        String body = "{\"unitCode\":\"ZJJ\",\"reason\":\"道路已移交住建局\",\"settle\":false}";
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(body)
                .post(path)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .header("If-Match", "*")
                .body(body)
                .post(path)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .header("If-Match", "*")
                .body("{\"unitCode\":\"NOPE\",\"reason\":\"x\"}")
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("unitCode"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .header("If-Match", "*")
                .body("{\"unitCode\":\"CGJ\",\"reason\":\"x\"}")
                .post(path)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .header("If-Match", "*")
                .body(body)
                .post(path)
                .then()
                .statusCode(200)
                .body("unitCode", equalTo("ZJJ"))
                .body("status", equalTo("OPEN"));
        assertEquals(
                1, support.outbox(key, EventCatalog.RECTIFICATION_REASSIGNED).size());
        assertEquals(
                List.of(), support.outbox(key, EventCatalog.RESPONSIBILITY_SETTLED), "settle=false settles nothing");
        assertEquals(List.of(), support.outbox(key, EventCatalog.RECTIFICATION_CLOSED));
    }
}
