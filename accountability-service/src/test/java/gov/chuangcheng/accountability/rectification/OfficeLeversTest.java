package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.ledger.LedgerEntry;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The office's own levers, over HTTP against the real database: escalate by hand, void and merge, each with its reason,
 * its ETag, its history line, its ledger entries and its event; refused to the wrong role, a stale tag and twice.
 */
@QuarkusTest
class OfficeLeversTest {

    @Inject
    RectificationTestSupport support;

    String office;
    String cgj;

    @BeforeEach
    void setUp() {
        RectificationTestSupport.installClock();
        support.ensureUnits(
                RectificationTestSupport.department("CGJ", "区城管局"),
                RectificationTestSupport.department("SCJGJ", "区市场监管局"));
        office = KeycloakTokens.forUser("office1");
        cgj = KeycloakTokens.forUser("cgj1");
    }

    private String etag(String token, String id) {
        return given().auth()
                .oauth2(token)
                .get("/rectifications/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** The office posts {@code body} to {@code path} with the order's current ETag, as a client that read it first. */
    private io.restassured.response.ValidatableResponse withEtag(String orderId, String path, String body) {
        return given().auth()
                .oauth2(office)
                .header("If-Match", etag(office, orderId))
                .contentType("application/json")
                .body(body)
                .post(path)
                .then();
    }

    private static List<LedgerEntry> entries(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> LedgerEntry.list("orderId = ?1 order by seq", orderId));
    }

    private static BigDecimal sum(List<LedgerEntry> entries) {
        return entries.stream().map(e -> e.points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theOfficeEscalatesByHandWithTheLeadersInstructionAndTheDeductionTravelsWithTheEvent() {
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = support.fail(pointId, "CGJ", "S-LV.1", Severity.GENERAL);
        String path = "/rectifications/" + order.id() + "/escalation";
        String body = "{\"level\":\"NOTICE\",\"reason\":\"区委书记批示：限期整改\"}";

        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body(body)
                .post(path)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(body)
                .post(path)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(office)
                .header("If-Match", "\"999\"")
                .contentType("application/json")
                .body(body)
                .post(path)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        withEtag(order.id(), path, "{\"level\":\"LOUDER\",\"reason\":\"x\"}").statusCode(400);
        withEtag(order.id(), path, body).statusCode(200).body("level", equalTo("NOTICE"));
        withEtag(order.id(), path, body).statusCode(409).body("detail", containsString("already at"));

        List<JsonNode> steps = support.outbox(pointId + ":S-LV.1", EventCatalog.RECTIFICATION_ESCALATED);
        assertEquals(
                List.of("REMINDER", "SUPERVISION", "NOTICE"),
                steps.stream().map(s -> s.get("level").asText()).toList());
        assertTrue(steps.stream().allMatch(s -> s.get("reason").asText().equals("MANUAL")));
        assertTrue(steps.stream().allMatch(s -> s.get("by").asText().equals("office1")));
        assertEquals("区委书记批示：限期整改", steps.get(2).get("comment").asText());
        JsonNode deduction = steps.get(2).get("deduction");
        assertEquals("ESCALATION", deduction.get("kind").asText());
        assertEquals(-2, deduction.get("points").asInt(), "通报 costs 2 points");
        assertEquals(new BigDecimal("-2"), sum(entries(order.id())).stripTrailingZeros());
        assertEquals(EscalationLevel.NOTICE, support.reload(order.id()).level());
    }

    @Test
    void aVoidedOrderHasEveryDeductionReversedAndCannotBeVoidedTwice() {
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = support.fail(pointId, "CGJ", "S-LV.2", Severity.GENERAL);
        withEtag(
                        order.id(),
                        "/rectifications/" + order.id() + "/escalation",
                        "{\"level\":\"TALK\",\"reason\":\"领导批示\"}")
                .statusCode(200);
        String path = "/rectifications/" + order.id() + "/void";
        withEtag(order.id(), path, "{\"reason\":\"  \"}").statusCode(400);
        withEtag(order.id(), path, "{\"reason\":\"经现场核实，问题不属实\"}")
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closure", equalTo("VOIDED"));
        withEtag(order.id(), path, "{\"reason\":\"again\"}").statusCode(409);

        List<LedgerEntry> entries = entries(order.id());
        assertEquals(0, sum(entries).signum(), "−2 for 通报 and −5 for 约谈, both reversed");
        assertEquals(2, entries.stream().filter(e -> e.reversalOf != null).count());
        JsonNode closed = support.outbox(pointId + ":S-LV.2", EventCatalog.RECTIFICATION_CLOSED)
                .get(0);
        assertEquals("VOIDED", closed.get("closure").asText());
        assertEquals("经现场核实，问题不属实", closed.get("reason").asText());
        assertTrue(!closed.get("onTime").asBoolean());
    }

    @Test
    void aMergedOrderLivesOnInTheOtherWithItsEvidenceAndItsDeductionsReversed() {
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder merged = support.fail(pointId, "CGJ", "S-LV.3", Severity.GENERAL);
        RectificationOrder survivor = support.fail(pointId, "CGJ", "S-LV.4", Severity.GENERAL);
        RectificationOrder otherUnit = support.fail(pointId + "-X", "SCJGJ", "S-LV.3", Severity.GENERAL);
        withEtag(merged.id(), "/rectifications/" + merged.id() + "/escalation", "{\"reason\":\"领导批示\"}")
                .statusCode(200);
        String path = "/rectifications/" + merged.id() + "/merge";
        withEtag(merged.id(), path, "{\"into\":\"" + otherUnit.id() + "\",\"reason\":\"同一问题\"}")
                .statusCode(409);
        withEtag(merged.id(), path, "{\"into\":\"no-such-order\",\"reason\":\"同一问题\"}")
                .statusCode(404);
        withEtag(merged.id(), path, "{\"into\":\"" + survivor.id() + "\",\"reason\":\"同一处积水，重复派单\"}")
                .statusCode(200)
                .body("closure", equalTo("MERGED"))
                .body("mergedIntoNumber", equalTo(survivor.number()));

        RectificationOrder lives = support.reload(survivor.id());
        assertEquals(2, lives.reports());
        assertTrue(lives.evidenceIds().containsAll(merged.evidenceIds()));
        assertEquals(0, sum(entries(merged.id())).signum(), "提醒 cost nothing, but its entry is reversed too");
        JsonNode closed = support.outbox(pointId + ":S-LV.3", EventCatalog.RECTIFICATION_CLOSED)
                .get(0);
        assertEquals("MERGED", closed.get("closure").asText());
        assertEquals(survivor.number(), closed.get("mergedInto").get("number").asText());
    }

    @Test
    void theOfficeFilesNoneOfTheUnitsRequests() {
        RectificationOrder order =
                support.fail(RectificationTestSupport.unique("P"), "CGJ", "S-LV.5", Severity.GENERAL);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"entryId\":\"00000000-0000-0000-0000-000000000000\",\"reason\":\"不归我管\",\"evidenceIds\":[]}")
                .post("/rectifications/" + order.id() + "/appeals")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"workingDays\":2,\"reason\":\"材料采购\"}")
                .post("/rectifications/" + order.id() + "/extension-requests")
                .then()
                .statusCode(403);
    }
}
