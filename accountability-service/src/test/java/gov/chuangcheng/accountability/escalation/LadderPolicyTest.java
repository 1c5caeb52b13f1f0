package gov.chuangcheng.accountability.escalation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationTestSupport;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ladder as the office's policy per standard: new orders take it, open orders keep theirs; every change kept. */
@QuarkusTest
class LadderPolicyTest {

    @Inject
    RectificationTestSupport support;

    String office;

    @BeforeEach
    void setUp() {
        RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
        office = KeycloakTokens.forUser("office1");
    }

    private static List<EscalationLevel> stepsOf(String orderId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> EscalationStep.<EscalationStep>list("orderId = ?1 order by dueAt, id", orderId).stream()
                        .map(s -> s.level)
                        .toList());
    }

    private static String ladder(String top, String noticeAfter) {
        return "{\"reminderBefore\":\"PT1H\",\"noticeAfter\":\"" + noticeAfter
                + "\",\"talkAfter\":\"5\",\"accountabilityAfter\":\"5\",\"top\":\"" + top + "\",\"note\":\"从严\"}";
    }

    @Test
    void aStandardsLadderAppliesToOrdersOpenedAfterItAndNeverReTimesOpenOnes() {
        String code = "S-LP." + (int) (Math.random() * 1_000_000);
        String path = "/ladder-policy/standards/" + code;
        RectificationOrder before = support.fail(RectificationTestSupport.unique("P"), "CGJ", code, Severity.GENERAL);

        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .contentType("application/json")
                .body(ladder("NOTICE", "2"))
                .put(path)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(ladder("REMINDER", "soon"))
                .put(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("top", "noticeAfter"));
        String etag = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(ladder("SUPERVISION", "2"))
                .put(path)
                .then()
                .statusCode(200)
                .body("top", equalTo("SUPERVISION"))
                .body("setBy", equalTo("office1"))
                .extract()
                .header("ETag");
        RectificationOrder after = support.fail(RectificationTestSupport.unique("P"), "CGJ", code, Severity.GENERAL);

        assertEquals(
                List.of(
                        EscalationLevel.REMINDER,
                        EscalationLevel.SUPERVISION,
                        EscalationLevel.NOTICE,
                        EscalationLevel.TALK,
                        EscalationLevel.ACCOUNTABILITY),
                stepsOf(before.id()),
                "opened before: the configured ladder, untouched");
        assertEquals(
                List.of(EscalationLevel.REMINDER, EscalationLevel.SUPERVISION),
                stepsOf(after.id()),
                "opened after: the clock stops at 督办");

        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(ladder("NOTICE", "2"))
                .put(path)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(office)
                .header("If-Match", "\"999999999\"")
                .contentType("application/json")
                .body(ladder("NOTICE", "2"))
                .put(path)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(office)
                .header("If-Match", etag)
                .contentType("application/json")
                .body(ladder("NOTICE", "2"))
                .put(path)
                .then()
                .statusCode(200)
                .body("top", equalTo("NOTICE"));
        assertEquals(2, stepsOf(after.id()).size(), "an open order keeps the ladder it opened under");
        given().auth()
                .oauth2(office)
                .get("/ladder-policy?history=true")
                .then()
                .statusCode(200)
                .body("standards.findAll { it.scopeKey == '" + code + "' }.top", hasItems("SUPERVISION", "NOTICE"))
                .body("configured.top", equalTo("ACCOUNTABILITY"));

        String current = given().auth()
                .oauth2(office)
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(office)
                .header("If-Match", current)
                .delete(path)
                .then()
                .statusCode(204);
        given().auth().oauth2(office).get(path).then().statusCode(404);
        given().auth()
                .oauth2(office)
                .get("/ladder-policy")
                .then()
                .statusCode(200)
                .body("standards.scopeKey.flatten()", org.hamcrest.Matchers.not(hasItem(code)));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(ladder("NOTICE", "2"))
                .put("/ladder-policy/severities/URGENT")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("severity"));
    }
}
