package gov.chuangcheng.accountability.construction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationService;
import gov.chuangcheng.accountability.rectification.RectificationTestSupport;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 施工挂起: many orders stop at once for a construction and run again on their own, over HTTP and the database. */
@QuarkusTest
class ConstructionSuspensionTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Inject
    RectificationTestSupport support;

    @Inject
    RectificationService orders;

    @Inject
    ConstructionSuspensions constructions;

    AdjustableClock clock;
    String office;

    @BeforeEach
    void setUp() {
        clock = RectificationTestSupport.installClock();
        support.ensureUnits(RectificationTestSupport.department("CGJ", "区城管局"));
        office = KeycloakTokens.forUser("office1");
    }

    @Test
    void everyOpenOrderOfThePointsStopsAndRunsAgainTheDayAfterTheWorks() {
        String road1 = RectificationTestSupport.unique("P");
        String road2 = RectificationTestSupport.unique("P");
        String elsewhere = RectificationTestSupport.unique("P");
        RectificationOrder a = support.fail(road1, "CGJ", "S-CS.1", Severity.GENERAL);
        RectificationOrder b = support.fail(road2, "CGJ", "S-CS.2", Severity.GENERAL);
        RectificationOrder own = support.fail(road2, "CGJ", "S-CS.3", Severity.GENERAL);
        orders.suspend(own.id(), "缓办：等待材料", "office1");
        RectificationOrder other = support.fail(elsewhere, "CGJ", "S-CS.1", Severity.GENERAL);
        String body = "{\"pointIds\":[\"" + road1 + "\",\"" + road2 + "\"],\"reason\":\"中山路雨污分流改造\","
                + "\"until\":\"2026-11-26\"}";

        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .contentType("application/json")
                .body(body)
                .post("/construction-suspensions")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(body.replace("2026-11-26", "2026-11-20"))
                .post("/construction-suspensions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("until"));
        String id = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(body)
                .post("/construction-suspensions")
                .then()
                .statusCode(201)
                .body("orderCount", equalTo(2))
                .body("orderNumbers", hasItem(a.number()))
                .body("orderNumbers", hasItem(b.number()))
                .extract()
                .path("id");

        assertTrue(support.reload(a.id()).suspended());
        assertTrue(support.reload(b.id()).suspended());
        assertFalse(support.reload(other.id()).suspended(), "another point's order runs on");
        assertEquals("缓办：等待材料", support.reload(own.id()).suspensionReason(), "its own suspension stays");

        clock.set(LocalDateTime.of(2026, 11, 26, 23, 59).atZone(DISTRICT).toInstant());
        assertEquals(0, constructions.endDue(), "the works run through their last day");
        clock.set(LocalDateTime.of(2026, 11, 27, 0, 0).atZone(DISTRICT).toInstant());
        assertEquals(1, constructions.endDue());
        assertEquals(0, constructions.endDue(), "ended once");
        RectificationOrder resumed = support.reload(a.id());
        assertFalse(resumed.suspended());
        assertTrue(resumed.deadline().isAfter(a.deadline()), "the deadline moved by the time the works took");
        assertTrue(support.reload(own.id()).suspended(), "not stopped by the works, not resumed by them");
        assertEquals(
                1,
                support.outbox(road1 + ":S-CS.1", EventCatalog.RECTIFICATION_RESUMED)
                        .size());
        given().auth()
                .oauth2(office)
                .post("/construction-suspensions/" + id + "/end")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(office)
                .get("/construction-suspensions?ended=true")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.endedBy", equalTo("system"));
    }

    @Test
    void theOfficeEndsTheWorksEarly() {
        String market = RectificationTestSupport.unique("P");
        RectificationOrder a = support.fail(market, "CGJ", "S-CS.4", Severity.GENERAL);
        String id = constructions
                .start(
                        new ConstructionRequest(List.of(market), "市场改造", java.time.LocalDate.of(2026, 12, 20)),
                        "office1")
                .id();
        clock.advance(Duration.ofHours(5));
        given().auth()
                .oauth2(office)
                .post("/construction-suspensions/" + id + "/end")
                .then()
                .statusCode(200)
                .body("endedBy", equalTo("office1"));
        assertFalse(support.reload(a.id()).suspended());
        given().auth()
                .oauth2(office)
                .post("/construction-suspensions/no-such/end")
                .then()
                .statusCode(404);
    }
}
