package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.ReinspectionAssigned;
import gov.chuangcheng.events.inspection.ReinspectionAssignment;
import gov.chuangcheng.events.inspection.ReinspectionRef;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The unit's submission requests its verification; the office may send it back before the result, giving the unit the
 * office time it had left; the inspector who verifies an order may read it, and no other.
 */
@QuarkusTest
class VerificationTest {

    private static final String STANDARD = "S-41.2";
    private static final String FIX =
            "{\"description\":\"已清理\",\"evidenceIds\":[\"5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01\"]}";

    @Inject
    RectificationTestSupport support;

    AdjustableClock clock;
    String office;
    String cgj;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
        office = KeycloakTokens.forUser("office1");
        cgj = KeycloakTokens.forUser("cgj1");
    }

    @Test
    void theSubmissionRequestsTheVerificationAndTheOfficeMaySendItBackWithTheTimeItHadLeft() {
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":" + STANDARD;
        RectificationOrder order = support.fail(pointId, "CGJ", STANDARD, Severity.GENERAL);
        String path = "/rectifications/" + order.id();
        given().auth().oauth2(cgj).post(path + "/acknowledge").then().statusCode(200);
        clock.advance(Duration.ofHours(1));
        Instant submittedAt = clock.instant();
        Duration left = support.calendar()
                .officeTimeBetween(submittedAt, support.reload(order.id()).deadline());
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body(FIX)
                .post(path + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFYING"))
                .body("statusName", equalTo("待复查"));
        assertEquals(1, support.outbox(key, EventCatalog.VERIFICATION_REQUESTED).size());
        // the office asking again changes nothing
        given().auth()
                .oauth2(office)
                .post(path + "/request-verification")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFYING"));
        assertEquals(1, support.outbox(key, EventCatalog.VERIFICATION_REQUESTED).size());

        // only the office sends back, with a reason
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body("{\"reason\":\"照片看不清\"}")
                .post(path + "/send-back")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"reason\":\" \"}")
                .post(path + "/send-back")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        assertEquals(RectificationStatus.VERIFYING, support.reload(order.id()).status());

        // a day later the office sends it back: the unit has the time it had left at the submission, from now
        clock.advance(Duration.ofDays(1));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"reason\":\"照片看不清，请补拍整改后全景\"}")
                .post(path + "/send-back")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"));
        RectificationOrder back = support.reload(order.id());
        assertEquals(support.calendar().plusOfficeTime(clock.instant(), left), back.deadline());
        assertNull(back.submittedAt());
        assertTrue(!back.overdue());
        JsonNode sent =
                support.outbox(key, EventCatalog.RECTIFICATION_SENT_BACK).get(0);
        assertEquals("照片看不清，请补拍整改后全景", sent.get("reason").asText());
        assertEquals("office1", sent.get("by").asText());
        given().auth().oauth2(office).get(path).then().body("history.action", hasItem("SENT_BACK"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"reason\":\"再退一次\"}")
                .post(path + "/send-back")
                .then()
                .statusCode(409);

        // the unit submits again: verified again from the new submission
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body(FIX)
                .post(path + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFYING"));
        assertEquals(2, support.outbox(key, EventCatalog.VERIFICATION_REQUESTED).size());
    }

    @Test
    void theInspectorWhoVerifiesTheOrderMayReadItAndNoOther() {
        String pointId = RectificationTestSupport.unique("P");
        RectificationOrder order = support.fail(pointId, "CGJ", STANDARD, Severity.GENERAL);
        String path = "/rectifications/" + order.id();
        String inspector1 = KeycloakTokens.forUser("inspector1");
        String inspector2 = KeycloakTokens.forUser("inspector2");
        given().auth().oauth2(inspector1).get(path).then().statusCode(404);
        given().auth().oauth2(cgj).post(path + "/acknowledge").then().statusCode(200);
        given().auth()
                .oauth2(cgj)
                .contentType("application/json")
                .body(FIX)
                .post(path + "/submit")
                .then()
                .statusCode(200);

        support.publish(
                EventCatalog.REINSPECTION_ASSIGNED,
                pointId,
                new ReinspectionAssigned(
                        new ReinspectionRef(
                                order.id(),
                                order.number(),
                                pointId,
                                "P",
                                "点位",
                                STANDARD,
                                "标准",
                                "CGJ",
                                OffsetDateTime.now()),
                        "inspector1",
                        ReinspectionAssignment.CLAIMED,
                        null,
                        "inspector1",
                        OffsetDateTime.now()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "inspector1".equals(support.reload(order.id()).verifier()));
        given().auth()
                .oauth2(inspector1)
                .get(path)
                .then()
                .statusCode(200)
                .body("id", equalTo(order.id()))
                .body("submission", containsString("已清理"));
        given().auth().oauth2(inspector2).get(path).then().statusCode(404);
        // an inspector lists nothing and reads no other order
        given().auth().oauth2(inspector1).get("/rectifications").then().statusCode(403);

        // sent back, the order no longer waits for that inspector
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"reason\":\"整改说明不完整\"}")
                .post(path + "/send-back")
                .then()
                .statusCode(200);
        given().auth().oauth2(inspector1).get(path).then().statusCode(404);
    }
}
