package gov.chuangcheng.accountability.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.calendar.CalendarPublished;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkingCalendarResourceTest {

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    CalendarService calendars;

    /**
     * Tests share the database within a run (it is recreated at the start of every run); each takes a year of its
     * own, never one another test of the run has taken.
     */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_YEAR =
            new java.util.concurrent.atomic.AtomicInteger(2040);

    private static int freshYear() {
        return NEXT_YEAR.getAndIncrement();
    }

    private static String body(int year, String... days) {
        return """
                {"zone":"Asia/Shanghai","officeStart":"09:00","officeEnd":"17:30","days":[%s]}
                """.formatted(String.join(",", days));
    }

    private static String day(LocalDate date, String kind, String name) {
        return "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"}";
    }

    /** First Monday and first Saturday of October of a year, so the test data fits any year. */
    private static LocalDate firstOctober(int year, java.time.DayOfWeek dow) {
        return LocalDate.of(year, 10, 1).with(java.time.temporal.TemporalAdjusters.firstInMonth(dow));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void officeEntersAYearAndItIsPublishedAndUsedForDeadlines() throws Exception {
        int year = freshYear();
        LocalDate holiday = firstOctober(year, java.time.DayOfWeek.MONDAY);
        LocalDate makeUp = firstOctober(year, java.time.DayOfWeek.SATURDAY);
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.CALENDAR))) {
            given().contentType("application/json")
                    .body(body(year, day(holiday, "HOLIDAY", "国庆节"), day(makeUp, "MAKE_UP_WORKDAY", "国庆调休")))
                    .put("/calendar/" + year)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"0\"")
                    .body("days.kindName", hasItem("调休上班"));

            ConsumerRecord<String, String> record = kafka.await(
                            KafkaEvents.withKey(Integer.toString(year)), 1, Duration.ofSeconds(20))
                    .get(0);
            assertEquals("cc.calendar.published.v1", KafkaEvents.header(record, CloudEvents.HEADER_TYPE));
            CalendarPublished event = json.readValue(record.value(), CalendarPublished.class);
            assertEquals(List.of(holiday), event.holidays());
            assertEquals(List.of(makeUp), event.makeUpWorkdays());
            assertEquals(LocalTime.of(17, 30), event.officeEnd());
        }
        WorkingCalendar calendar = QuarkusTransaction.requiringNew().call(() -> calendars.calendar());
        assertFalse(calendar.isWorkingDay(holiday));
        assertTrue(calendar.isWorkingDay(makeUp));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void badYearsAreRejectedWithEveryFieldAndChangeNothing() {
        int year = freshYear();
        LocalDate monday = firstOctober(year, java.time.DayOfWeek.MONDAY);
        given().contentType("application/json")
                .body("""
                        {"zone":"Mars/Olympus","officeStart":"18:00","officeEnd":"09:00","days":[%s,%s,%s]}
                        """.formatted(
                                day(monday, "MAKE_UP_WORKDAY", "x"),
                                day(monday, "HOLIDAY", "y"),
                                day(LocalDate.of(year + 1, 1, 1), "HOLIDAY", "z")))
                .put("/calendar/" + year)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("zone"))
                .body("errors.field", hasItem("officeEnd"))
                .body("errors.field", hasItem("days[0].date"))
                .body("errors.field", hasItem("days[1].date"))
                .body("errors.field", hasItem("days[2].date"));
        given().get("/calendar/" + year).then().statusCode(404);
        given().contentType("application/json")
                .body("{\"days\":[{\"date\":\"not-a-date\",\"kind\":\"HOLIDAY\"}]}")
                .put("/calendar/" + year)
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void replacingAYearNeedsItsCurrentVersion() {
        int year = freshYear();
        given().contentType("application/json")
                .body(body(year))
                .put("/calendar/" + year)
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .body(body(year))
                .put("/calendar/" + year)
                .then()
                .statusCode(428);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(body(year))
                .put("/calendar/" + year)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(body(year))
                .put("/calendar/" + year)
                .then()
                .statusCode(412);
    }

    @Test
    @TestSecurity(user = "cgj1", roles = "department")
    void departmentsReadButDoNotEdit() {
        given().contentType("application/json")
                .body(body(2030))
                .put("/calendar/2030")
                .then()
                .statusCode(403);
        given().get("/calendar/1999").then().statusCode(404).body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void aMiddayBreakIsPublishedAndStopsTheClock() throws Exception {
        int year = freshYear();
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.CALENDAR))) {
            given().contentType("application/json")
                    .body("""
                            {"zone":"Asia/Shanghai","officeStart":"08:30","officeEnd":"17:30",
                             "breakStart":"12:00","breakEnd":"14:00","days":[]}""")
                    .put("/calendar/" + year)
                    .then()
                    .statusCode(200)
                    .body("breakStart", equalTo("12:00:00"));
            CalendarPublished event = json.readValue(
                    kafka.await(KafkaEvents.withKey(Integer.toString(year)), 1, Duration.ofSeconds(20))
                            .get(0)
                            .value(),
                    CalendarPublished.class);
            assertEquals(LocalTime.of(12, 0), event.breakStart());
            assertEquals(LocalTime.of(14, 0), event.breakEnd());
        }
        given().contentType("application/json")
                .body("""
                        {"zone":"Asia/Shanghai","officeStart":"08:30","officeEnd":"17:30","breakStart":"12:00","days":[]}""")
                .put("/calendar/" + freshYear())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("breakEnd"));
        given().contentType("application/json")
                .body("""
                        {"zone":"Asia/Shanghai","officeStart":"08:30","officeEnd":"17:30","breakStart":"07:00",
                         "breakEnd":"09:00","days":[]}""")
                .put("/calendar/" + freshYear())
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("breakStart"));
    }

    @Test
    void theWellnessCheckReportsWhichYearsTheDeadlinesHave() {
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
        // the years loaded depend on the tests run before: the check's figures, not its status, are asserted
        given().get("/q/health/well")
                .then()
                .body("checks.find { it.name == 'working-calendar' }.data.currentYear", equalTo(year))
                .body("checks.find { it.name == 'working-calendar' }.data.nextYear", equalTo(year + 1));
    }
}
