package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.testing.AdjustableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 挂起/恢复: the order's clock stops and runs again with the office time it had left. */
@QuarkusTest
class SuspensionTest {

    @Inject
    RectificationTestSupport support;

    @Inject
    CalendarService calendars;

    AdjustableClock clock;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void aSuspendedOrderDoesNotEscalateAndResumesWithTheOfficeTimeItHadLeft() {
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-11.1";
        RectificationOrder order = support.fail(
                pointId,
                RectificationTestSupport.unique("U"),
                "S-11.1",
                Severity.CRITICAL); // four working hours from Wed 10:00
        String path = "/rectifications/" + order.id();
        clock.advance(Duration.ofHours(1));

        given().contentType("application/json")
                .body("{\"reason\":\" \"}")
                .post(path + "/suspend")
                .then()
                .statusCode(400);
        given().contentType("application/json")
                .body("{\"reason\":\"待申诉处理\"}")
                .post(path + "/suspend")
                .then()
                .statusCode(200)
                .body("suspended", equalTo(true))
                .body("suspensionReason", equalTo("待申诉处理"));
        given().contentType("application/json")
                .body("{\"reason\":\"again\"}")
                .post(path + "/suspend")
                .then()
                .statusCode(409);
        List<JsonNode> suspended = support.outbox(key, EventCatalog.RECTIFICATION_SUSPENDED);
        assertEquals(1, suspended.size());
        assertTrue(suspended.get(0).get("order").get("deadline").isNull(), "no deadline while suspended");

        // two days later nothing has escalated
        clock.advance(Duration.ofDays(2));
        support.sweepAll();
        assertEquals(List.of(), support.outbox(key, EventCatalog.RECTIFICATION_ESCALATED));

        Instant resumedAt = clock.instant();
        Instant expected = QuarkusTransaction.requiringNew()
                .call(() -> calendars.calendar())
                .plusOfficeTime(resumedAt, Duration.ofHours(3));
        given().post(path + "/resume").then().statusCode(200).body("suspended", equalTo(false));
        given().post(path + "/resume").then().statusCode(409);
        assertEquals(expected, support.reload(order.id()).deadline(), "the three working hours it had left");
        List<JsonNode> resumed = support.outbox(key, EventCatalog.RECTIFICATION_RESUMED);
        assertEquals(
                expected,
                OffsetDateTime.parse(resumed.get(0).get("order").get("deadline").asText())
                        .toInstant());

        clock.set(expected.plusSeconds(60));
        support.sweepAll();
        assertEquals(
                List.of("REMINDER", "SUPERVISION"),
                support.outbox(key, EventCatalog.RECTIFICATION_ESCALATED).stream()
                        .map(e -> e.get("level").asText())
                        .toList());
        given().get(path).then().statusCode(200).body("overdue", equalTo(true));
    }

    @Test
    @TestSecurity(user = "cgj1", roles = "department")
    @io.quarkus.test.security.oidc.OidcSecurity(
            claims = @io.quarkus.test.security.oidc.Claim(key = "unit", value = "CGJ"))
    void onlyTheOfficeSuspends() {
        RectificationOrder order =
                support.fail(RectificationTestSupport.unique("P"), "CGJ", "S-11.2", Severity.GENERAL);
        given().contentType("application/json")
                .body("{\"reason\":\"x\"}")
                .post("/rectifications/" + order.id() + "/suspend")
                .then()
                .statusCode(403);
        assertEquals(null, support.reload(order.id()).suspendedAt());
    }
}
