package gov.chuangcheng.task.campaign;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.calendar.CalendarPublished;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The countdown on the working calendar that accountability-service publishes: with real tokens, the real broker
 * and a clock the test sets.
 */
@QuarkusTest
class CampaignCountdownTest {

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    private final AdjustableClock clock =
            new AdjustableClock(Instant.parse("2026-11-25T02:00:00Z")); // 10:00 in Shanghai

    @BeforeEach
    void fixTime() {
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void countdownUsesThePublishedWorkingCalendar() {
        String office = KeycloakTokens.forUser("office1");
        String campaign = """
                {"name":"创建全国文明城市","evaluationName":"届中测评","evaluationDate":"2026-12-07",
                 "phases":[{"name":"集中攻坚","startsOn":"2026-09-01","endsOn":"2026-11-30"},
                           {"name":"迎检冲刺","startsOn":"2026-12-01","endsOn":"2026-12-06"}]}""";
        var current = given().auth().oauth2(office).get("/campaign");
        var put = given().auth().oauth2(office).contentType("application/json").body(campaign);
        if (current.statusCode() == 200) {
            put = put.header("If-Match", current.header("ETag"));
        }
        put.put("/campaign").then().statusCode(200).body("evaluationName", equalTo("届中测评"));

        // before any calendar arrives: plain Monday–Friday, 8 working days
        given().auth()
                .oauth2(office)
                .get("/campaign/countdown")
                .then()
                .statusCode(200)
                .body("calendarDaysLeft", equalTo(12))
                .body("currentPhase", equalTo("集中攻坚"));

        TestEvents.publish(
                topics.of(Topic.CALENDAR),
                EventCatalog.CALENDAR_PUBLISHED,
                "2026",
                new CalendarPublished(
                        2026,
                        "Asia/Shanghai",
                        LocalTime.of(9, 0),
                        LocalTime.of(17, 30),
                        null,
                        null,
                        List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2)),
                        List.of(),
                        false),
                json);
        String department = KeycloakTokens.forUser("cgj1");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(department)
                        .get("/campaign/countdown")
                        .then()
                        .statusCode(200)
                        .body("workingDaysLeft", equalTo(6)));

        clock.advance(Duration.ofDays(8)); // Thursday 3 December: 迎检冲刺, Thu + Fri left
        given().auth()
                .oauth2(department)
                .get("/campaign/countdown")
                .then()
                .statusCode(200)
                .body("calendarDaysLeft", equalTo(4))
                .body("workingDaysLeft", equalTo(2))
                .body("currentPhase", equalTo("迎检冲刺"));
    }

    @Test
    void badCampaignsAreRejectedAndOnlyTheOfficeEdits() {
        String office = KeycloakTokens.forUser("office1");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .header("If-Match", "*")
                .body("""
                        {"name":"创城","evaluationName":"届中测评","evaluationDate":"2026-12-07",
                         "phases":[{"name":"a","startsOn":"2026-10-01","endsOn":"2026-09-01"},
                                   {"name":"b","startsOn":"2026-08-01","endsOn":"2027-01-01"}]}""")
                .put("/campaign")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("phases[0].endsOn"))
                .body("errors.field", hasItem("phases[1].endsOn"))
                .body("errors.field", hasItem("phases[1].startsOn"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"name\":\"\"}")
                .put("/campaign")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("evaluationDate"));
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .contentType("application/json")
                .header("If-Match", "*")
                .body("{\"name\":\"x\",\"evaluationName\":\"y\",\"evaluationDate\":\"2026-12-07\"}")
                .put("/campaign")
                .then()
                .statusCode(403);
    }
}
