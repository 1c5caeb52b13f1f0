package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 缓办申请 with real tokens: the unit asks, the office decides, an approved one stops the clock. */
@QuarkusTest
class SuspensionRequestTest {

    @Inject
    RectificationTestSupport support;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(
                RectificationTestSupport.department("CGJ", "区城管局"),
                RectificationTestSupport.department("SCJGJ", "区市场监管局"),
                new UnitUpserted("JD01", "城关街道", UnitKind.SUBDISTRICT, null, true, List.of()),
                new UnitUpserted("SQ0101", "城关街道东风社区", UnitKind.COMMUNITY, "JD01", true, List.of()));
    }

    @Test
    void anApprovedRequestStopsTheClockAndEveryStepIsInTheHistory() {
        String cgj = KeycloakTokens.forUser("cgj1");
        String office = KeycloakTokens.forUser("office1");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-13.1";
        RectificationOrder order = support.fail(pointId, "CGJ", "S-13.1", Severity.CRITICAL);
        String path = "/rectifications/" + order.id() + "/suspension-requests";

        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\" \"}")
                .post(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
        String requestId = given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"需办理占道施工许可\"}")
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
                .body("{\"reason\":\"再申请\"}")
                .post(path)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        // another unit sees none of it and decides none of it (only the office decides)
        given().auth().oauth2(KeycloakTokens.forUser("scjgj1")).get(path).then().statusCode(404);
        given().auth()
                .oauth2(KeycloakTokens.forUser("scjgj1"))
                .contentType("application/json")
                .body("{}")
                .post(path + "/" + requestId + "/approve")
                .then()
                .statusCode(403);
        // the unit cannot approve (or reject) its own request: only the office decides, nothing changes
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{}")
                .post(path + "/" + requestId + "/approve")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"comment\":\"撤回\"}")
                .post(path + "/" + requestId + "/reject")
                .then()
                .statusCode(403);
        assertNull(support.reload(order.id()).suspendedAt());
        given().auth().oauth2(cgj).get(path).then().statusCode(200).body("[0].status", equalTo("PENDING"));
        assertEquals(List.of(), support.outbox(key, EventCatalog.RECTIFICATION_SUSPENDED));

        clock.advance(Duration.ofHours(1));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"comment\":\"同意缓办\"}")
                .post(path + "/" + requestId + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("office1"))
                .body("decisionComment", equalTo("同意缓办"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{}")
                .post(path + "/" + requestId + "/approve")
                .then()
                .statusCode(409);
        RectificationOrder suspended = support.reload(order.id());
        assertTrue(suspended.suspended());
        assertEquals("缓办：需办理占道施工许可", suspended.suspensionReason());
        List<JsonNode> events = support.outbox(key, EventCatalog.RECTIFICATION_SUSPENDED);
        assertEquals(1, events.size());
        assertEquals("缓办：需办理占道施工许可", events.get(0).get("reason").asText());
        // a second request while suspended is refused
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"再缓\"}")
                .post(path)
                .then()
                .statusCode(409);

        // days pass: nothing escalates while the clock stands
        clock.advance(Duration.ofDays(3));
        support.sweepAll();
        assertEquals(List.of(), support.outbox(key, EventCatalog.RECTIFICATION_ESCALATED));
        given().auth()
                .oauth2(office)
                .post("/rectifications/" + order.id() + "/resume")
                .then()
                .statusCode(200);
        assertTrue(support.reload(order.id()).deadline().isAfter(clock.instant()), "the time it had left, from now");

        given().auth()
                .oauth2(cgj)
                .get("/rectifications/" + order.id())
                .then()
                .statusCode(200)
                .body(
                        "history.action",
                        hasItems("SUSPENSION_REQUESTED", "SUSPENSION_APPROVED", "SUSPENDED", "RESUMED"));
    }

    @Test
    void aRejectionNeedsACommentKeepsTheClockAndOnlyTheOfficeDecides() {
        String office = KeycloakTokens.forUser("office1");
        String sq = KeycloakTokens.forUser("sq0101");
        RectificationOrder order =
                support.fail(RectificationTestSupport.unique("P"), "SQ0101", "S-13.2", Severity.GENERAL);
        String path = "/rectifications/" + order.id() + "/suspension-requests";
        String requestId = given().auth()
                .oauth2(sq)
                .contentType("application/json")
                .body("{\"reason\":\"等待雨季结束\"}")
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // the 街道 above sees the request but does not decide it: only the office does
        given().auth()
                .oauth2(KeycloakTokens.forUser("jd01"))
                .get(path)
                .then()
                .statusCode(200)
                .body("id", contains(requestId));
        given().auth()
                .oauth2(KeycloakTokens.forUser("jd01"))
                .contentType("application/json")
                .body("{\"comment\":\"同意\"}")
                .post(path + "/" + requestId + "/approve")
                .then()
                .statusCode(403);
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
        RectificationOrder after = support.reload(order.id());
        assertNull(after.suspendedAt());
        assertEquals(order.deadline(), after.deadline());
        given().auth().oauth2(sq).get(path).then().statusCode(200).body("[0].decisionComment", equalTo("理由不充分"));
        given().auth()
                .oauth2(sq)
                .get("/rectifications/" + order.id())
                .then()
                .statusCode(200)
                .body("history.action", hasItems("SUSPENSION_REQUESTED", "SUSPENSION_REJECTED"));
    }
}
