package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.ledger.LedgerEntry;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.ReinspectionPassed;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 申诉 with real tokens against the real database: an appeal contests one deduction, on an open or a closed order; upheld,
 * exactly that deduction is reversed and the order goes on; one appeal per entry, a rejected one is final.
 */
@QuarkusTest
class AppealTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    RectificationService orders;

    @Inject
    InspectionOutcomes inspections;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
    }

    private static List<LedgerEntry> entries(String orderId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> LedgerEntry.<LedgerEntry>list("orderId = ?1 order by seq", orderId));
    }

    private static LedgerEntry deduction(String orderId, EscalationLevel level) {
        return entries(orderId).stream()
                .filter(e -> e.level == level && e.points.signum() < 0 && e.reversalOf == null)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anUpheldAppealReversesExactlyTheContestedDeductionAndTheOrderGoesOn() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String office = KeycloakTokens.forUser("office1");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-12.1";
        RectificationOrder order = support.fail(pointId, "CGJ", "S-12.1", Severity.GENERAL);
        support.escalateTo(order.id(), EscalationLevel.TALK); // 通报 −2, 约谈 −5
        LedgerEntry notice = deduction(order.id(), EscalationLevel.NOTICE);
        LedgerEntry talk = deduction(order.id(), EscalationLevel.TALK);
        String path = "/rectifications/" + order.id() + "/appeals";

        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"扣分有误\"}")
                .post(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("entryId"));
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"00000000-0000-0000-0000-000000000000\",\"reason\":\"扣分有误\"}")
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("entryId"));
        String appealId = given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"" + notice.id + "\",\"reason\":\"通报前已整改到位\"}")
                .post(path)
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("entryId", equalTo(notice.id))
                .extract()
                .path("id");
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"" + notice.id + "\",\"reason\":\"again\"}")
                .post(path)
                .then()
                .statusCode(409)
                .body("detail", containsString("待裁定"));
        assertFalse(support.reload(order.id()).suspended(), "waiting on the appeal does not stop the clock");
        JsonNode appealed =
                support.outbox(key, EventCatalog.RECTIFICATION_APPEALED).get(0);
        assertEquals(notice.id, appealed.get("deduction").get("entryId").asText());

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
                .body("{\"decision\":\"UPHELD\",\"comment\":\"通报前已整改，扣分依据不足\"}")
                .post(path + "/" + appealId + "/decision")
                .then()
                .statusCode(200)
                .body("status", equalTo("UPHELD"))
                .body("statusName", equalTo("申诉成立"));

        RectificationOrder after = support.reload(order.id());
        assertEquals(RectificationStatus.OPEN, after.status(), "the order goes on");
        assertEquals(EscalationLevel.TALK, after.level(), "its level stays as history");
        List<LedgerEntry> all = entries(order.id());
        List<LedgerEntry> reversals =
                all.stream().filter(e -> e.reversalOf != null).toList();
        assertEquals(1, reversals.size(), "exactly the contested deduction is reversed");
        assertEquals(notice.id, reversals.get(0).reversalOf);
        assertEquals(0, new BigDecimal("2").compareTo(reversals.get(0).points));
        assertEquals(
                0,
                new BigDecimal("-5")
                        .compareTo(all.stream().map(e -> e.points).reduce(BigDecimal.ZERO, BigDecimal::add)),
                "the 约谈 deduction still counts");
        JsonNode decided = support.outbox(key, EventCatalog.APPEAL_DECIDED).get(0);
        assertEquals("UPHELD", decided.get("decision").asText());
        assertEquals(notice.id, decided.get("deduction").get("entryId").asText());
        assertEquals(reversals.get(0).id, decided.get("reversal").get("entryId").asText());
        assertEquals(List.of(), support.outbox(key, EventCatalog.RECTIFICATION_CLOSED), "not a closure");
        given().auth()
                .oauth2(cgj)
                .get("/rectifications/" + order.id())
                .then()
                .statusCode(200)
                .body("history.find { it.action == 'APPEAL_UPHELD' }.note", containsString("升级记录保留"));

        // the same entry cannot be appealed again, and a reversal is no deduction to appeal
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"" + notice.id + "\",\"reason\":\"again\"}")
                .post(path)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"" + reversals.get(0).id + "\",\"reason\":\"x\"}")
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("entryId"));
        // the other deduction has an appeal of its own
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"" + talk.id + "\",\"reason\":\"约谈扣分过重\"}")
                .post(path)
                .then()
                .statusCode(201);
    }

    @Test
    void aRejectedAppealIsFinalAndTheClockRanThroughout() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String office = KeycloakTokens.forUser("office1");
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = support.fail(pointId, "CGJ", "S-12.2", Severity.GENERAL);
        support.escalateTo(order.id(), EscalationLevel.NOTICE);
        LedgerEntry notice = deduction(order.id(), EscalationLevel.NOTICE);
        String path = "/rectifications/" + order.id() + "/appeals";
        String appealId = given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"" + notice.id + "\",\"reason\":\"已整改\"}")
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Instant deadline = support.reload(order.id()).deadline();
        clock.advance(Duration.ofDays(2));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"decision\":\"REJECTED\"}")
                .post(path + "/" + appealId + "/decision")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("comment"));
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
        assertFalse(after.suspended());
        assertEquals(deadline, after.deadline(), "the deadline stands where it was");
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"" + notice.id + "\",\"reason\":\"再次申诉\"}")
                .post(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("申诉驳回"))
                .body("detail", containsString("证据不足"))
                .body("detail", containsString("最终结果"));
        given().auth().oauth2(cgj).get(path).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void aClosedOrdersDeductionIsAppealedAndUpheldWithAReversalOnly() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String office = KeycloakTokens.forUser("office1");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-12.3";
        RectificationOrder order = support.fail(pointId, "CGJ", "S-12.3", Severity.GENERAL);
        support.escalateTo(order.id(), EscalationLevel.NOTICE);
        LedgerEntry notice = deduction(order.id(), EscalationLevel.NOTICE);
        orders.acknowledge(order.id(), UnitScope.all(), "cgj1");
        orders.submit(order.id(), UnitScope.all(), "cgj1", "已清理", List.of("e-1"));
        orders.requestVerification(order.id(), UnitScope.all(), "office1");
        inspections.onReinspectionPassed(new ReinspectionPassed(
                order.id(),
                "INS-1",
                RectificationTestSupport.point(pointId, "CGJ"),
                "S-12.3",
                "inspector1",
                OffsetDateTime.now()));
        RectificationOrder closed = support.reload(order.id());
        assertEquals(RectificationStatus.CLOSED, closed.status());
        Boolean onTime = closed.onTime();

        String path = "/rectifications/" + order.id() + "/appeals";
        String appealId = given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"entryId\":\"" + notice.id + "\",\"reason\":\"通报时已提交整改\"}")
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"decision\":\"UPHELD\",\"comment\":\"属实\"}")
                .post(path + "/" + appealId + "/decision")
                .then()
                .statusCode(200);

        RectificationOrder still = support.reload(order.id());
        assertEquals(RectificationStatus.CLOSED, still.status());
        assertEquals(closed.closure(), still.closure(), "the closure is what it was");
        assertEquals(onTime, still.onTime());
        assertEquals(closed.closedAt(), still.closedAt());
        assertEquals(1, support.outbox(key, EventCatalog.RECTIFICATION_CLOSED).size(), "no second closure");
        List<LedgerEntry> reversals =
                entries(order.id()).stream().filter(e -> e.reversalOf != null).toList();
        assertEquals(1, reversals.size());
        assertEquals(notice.id, reversals.get(0).reversalOf);
        JsonNode reversal =
                support.outbox(key, EventCatalog.APPEAL_DECIDED).get(0).get("reversal");
        assertEquals(reversals.get(0).id, reversal.get("entryId").asText());
        assertEquals(0, new BigDecimal("2").compareTo(reversal.get("points").decimalValue()));
    }
}
