package gov.chuangcheng.accountability.deadline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationTestSupport;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 处置时限 by standard, with real tokens: the office sets a standard's own deadline and new orders of it get it. */
@QuarkusTest
class DeadlinePolicyResourceTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    CalendarService calendars;

    @BeforeEach
    void setUp() {
        RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
    }

    private WorkingCalendar calendar() {
        return QuarkusTransaction.requiringNew().call(() -> calendars.calendar());
    }

    @Test
    void anItemFailedForAStandardWithItsOwnDeadlineGetsThatDeadlineOnTheCalendar() {
        String office = KeycloakTokens.forUser("office1");
        String standard = RectificationTestSupport.unique("S"); // exposed garbage (暴露垃圾) in this test
        String path = "/deadline-policy/standards/" + standard;

        // bad input: problem+json with the fields, nothing stored
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"amount\":4,\"unit\":\"HOURS\"}")
                .put(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("unit"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"amount\":0,\"unit\":\"WORKING_HOURS\"}")
                .put(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("amount"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"amount\":-2,\"unit\":\"WORKING_DAYS\"}")
                .put(path)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("amount"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"amount\":4,\"unit\":\"WORKING_HOURS\"}")
                .put("/deadline-policy/standards/S 3.1")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("standardCode"));
        given().auth().oauth2(office).get(path).then().statusCode(404);
        // only the office sets it
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .contentType("application/json")
                .body("{\"amount\":4,\"unit\":\"WORKING_HOURS\"}")
                .put(path)
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"amount\":4,\"unit\":\"WORKING_HOURS\",\"note\":\"暴露垃圾\"}")
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("officeTime", equalTo("PT4H"))
                .body("source", equalTo("OFFICE"));
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .get("/deadline-policy")
                .then()
                .statusCode(200)
                .body("standards.find { it.standardCode == '" + standard + "' }.officeTime", equalTo("PT4H"))
                .body("severities.GENERAL.workingDays", equalTo(3));
        // replacing needs the ETag
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"amount\":3,\"unit\":\"WORKING_HOURS\"}")
                .put(path)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .header("If-Match", "\"7\"")
                .body("{\"amount\":3,\"unit\":\"WORKING_HOURS\"}")
                .put(path)
                .then()
                .statusCode(412);
        given().auth().oauth2(office).get(path).then().statusCode(200).body("amount", equalTo(4));

        // a GENERAL failure of the standard: 4 working hours, not the 3 working days of GENERAL
        String pointId = RectificationTestSupport.unique("P");
        support.publishItemFailed(RectificationTestSupport.itemFailed(pointId, "CGJ", standard, Severity.GENERAL));
        RectificationOrder order = support.awaitOrder(pointId, standard, o -> true);
        WorkingCalendar calendar = calendar();
        Instant expected = calendar.plusOfficeTime(order.openedAt(), Duration.ofHours(4));
        assertEquals(RectificationTestSupport.START, order.openedAt());
        assertEquals(expected, order.deadline());
        assertNotEquals(calendar.deadlineAfterWorkingDays(order.openedAt(), 3), order.deadline());
        // another standard of the same severity keeps the severity's deadline
        RectificationOrder other = support.fail(
                RectificationTestSupport.unique("P"), "CGJ", RectificationTestSupport.unique("S"), Severity.GENERAL);
        assertEquals(calendar.deadlineAfterWorkingDays(other.openedAt(), 3), other.deadline());
    }

    @Test
    void theOfficesDeadlineWinsOverTheConfiguredOneOfTheStandardUntilItIsRemoved() {
        String office = KeycloakTokens.forUser("office1");
        String path = "/deadline-policy/standards/S-CFG.1"; // 5 working days in the test configuration
        given().auth()
                .oauth2(office)
                .get(path)
                .then()
                .statusCode(200)
                .body("source", equalTo("CONFIG"))
                .body("workingDays", equalTo(5));
        WorkingCalendar calendar = calendar();
        RectificationOrder configured =
                support.fail(RectificationTestSupport.unique("P"), "CGJ", "S-CFG.1", Severity.CRITICAL);
        assertEquals(calendar.deadlineAfterWorkingDays(configured.openedAt(), 5), configured.deadline());

        String etag = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"amount\":2,\"unit\":\"WORKING_DAYS\"}")
                .put(path)
                .then()
                .statusCode(200)
                .body("source", equalTo("OFFICE"))
                .extract()
                .header("ETag");
        try {
            RectificationOrder own =
                    support.fail(RectificationTestSupport.unique("P"), "CGJ", "S-CFG.1", Severity.CRITICAL);
            assertEquals(calendar.deadlineAfterWorkingDays(own.openedAt(), 2), own.deadline());
        } finally {
            given().auth().oauth2(office).delete(path).then().statusCode(428);
            given().auth()
                    .oauth2(office)
                    .header("If-Match", etag)
                    .delete(path)
                    .then()
                    .statusCode(204);
        }
        given().auth().oauth2(office).get(path).then().statusCode(200).body("source", equalTo("CONFIG"));
        RectificationOrder again =
                support.fail(RectificationTestSupport.unique("P"), "CGJ", "S-CFG.1", Severity.CRITICAL);
        assertEquals(calendar.deadlineAfterWorkingDays(again.openedAt(), 5), again.deadline());
    }
}
