package gov.chuangcheng.inspection.statistics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the scoreboard (积分榜) reads from the pass-rate report, through the real broker and database: re-inspections
 * counted apart from inspections (the periods: {@link StatisticsPeriodTest}).
 * Each test has its own unit, and reads only that unit's row, so other tests' data on the same days do not matter.
 */
@QuarkusTest
class ScoreboardTest {

    @Inject
    Fixtures fixtures;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    private String office;
    private String inspector;
    private String unit;
    private ReportData.Checklist schools;

    @BeforeEach
    void unitAndChecklist() {
        office = KeycloakTokens.forUser("office1");
        inspector = KeycloakTokens.forUser("inspector1");
        fixtures.seedUnits();
        unit = Fixtures.unique("JU");
        fixtures.units(Fixtures.unit(unit, "积分局" + unit, UnitKind.DEPARTMENT, null));
        schools = ReportData.checklist(fixtures, office, "SCHOOL");
    }

    private static String row(String key) {
        return "rows.find { it.key == '" + key + "' }";
    }

    private ValidatableResponse passRates(String by, String... query) {
        var request = given().auth().oauth2(office).queryParam("by", by);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.get("/statistics/pass-rates").then().statusCode(200);
    }

    @Test
    void aPatrolAndThreeReinspectionsAreOneInspectionAndThreeVerifications() {
        LocalDate day = ReportData.freshDay();
        double[] at = ReportData.freshArea();
        String point = Fixtures.unique("XX");
        String pointId = ReportData.point(office, point, "SCHOOL", unit, null, at[0], at[1], true);
        // the patrol fails on B (critical); A passes
        ReportData.inspect(inspector, point, schools, ReportData.at(day, 8, 0, 0), at[0], at[1], true, false);
        String first = requestVerification(pointId, point);
        String second = requestVerification(pointId, point);
        String third = requestVerification(pointId, point);
        // B still failing twice (the second one also scoring A, which is a patrol of A), fixed the third time
        reinspect(point, at, ReportData.at(day, 10, 0, 0), first, "{\"itemCode\":\"B\",\"score\":0}");
        reinspect(
                point,
                at,
                ReportData.at(day, 12, 0, 0),
                second,
                "{\"itemCode\":\"A\",\"score\":10},{\"itemCode\":\"B\",\"score\":2}");
        reinspect(point, at, ReportData.at(day, 14, 0, 0), third, "{\"itemCode\":\"B\",\"score\":10}");

        String mine = row(unit);
        passRates("unit", "from", day.toString(), "to", day.toString())
                .body(mine + ".inspected", equalTo(1))
                .body(mine + ".passed", equalTo(0))
                .body(mine + ".failed", equalTo(1))
                .body(mine + ".rate", nullValue())
                .body(mine + ".verified", equalTo(3))
                .body(mine + ".verifiedPassed", equalTo(1))
                .body(mine + ".verifiedFailed", equalTo(2))
                .body(mine + ".verificationRate", nullValue());
        // the day is this test's alone: the total is the unit's
        passRates("pointType", "from", day.toString(), "to", day.toString())
                .body("total.inspected", equalTo(1))
                .body("total.verified", equalTo(3))
                .body("total.verifiedPassed", equalTo(1));
        // by standard: B's items of the re-inspections are verifications; A scored by one of them is a patrol item
        passRates("standard", "from", day.toString(), "to", day.toString())
                .body(row(schools.standardB()) + ".inspected", equalTo(1))
                .body(row(schools.standardB()) + ".passed", equalTo(0))
                .body(row(schools.standardB()) + ".verified", equalTo(3))
                .body(row(schools.standardB()) + ".verifiedPassed", equalTo(1))
                .body(row(schools.standardA()) + ".inspected", equalTo(2))
                .body(row(schools.standardA()) + ".passed", equalTo(2))
                .body(row(schools.standardA()) + ".verified", equalTo(0))
                .body("total.inspected", equalTo(3))
                .body("total.verified", equalTo(3));
        // four inspections, but one patrol: below the worst points' two, and its failed items are the patrol's
        given().auth()
                .oauth2(office)
                .queryParam("from", day.toString())
                .queryParam("to", day.toString())
                .get("/statistics/worst-points")
                .then()
                .statusCode(200)
                .body("points.code", not(hasItem(point)));
        given().auth()
                .oauth2(office)
                .queryParam("from", day.toString())
                .queryParam("to", day.toString())
                .queryParam("minInspections", 1)
                .get("/statistics/worst-points")
                .then()
                .statusCode(200)
                .body("points.find { it.code == '" + point + "' }.inspected", equalTo(1))
                .body("points.find { it.code == '" + point + "' }.failedItems", equalTo(1));
    }

    /** Publishes a verification request for a new order on standard B of the point and waits for its task. */
    private String requestVerification(String pointId, String pointCode) {
        String orderId = UUID.randomUUID().toString();
        OrderRef order = new OrderRef(
                orderId,
                "ZG-2001-" + orderId.substring(0, 6),
                pointId,
                pointCode,
                "点位" + pointCode,
                schools.standardB(),
                "标准乙" + schools.standardB(),
                unit,
                "积分局" + unit,
                Severity.CRITICAL,
                OffsetDateTime.now().plusDays(3),
                EscalationLevel.NONE);
        TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.VERIFICATION_REQUESTED,
                order.episodeKey(),
                new VerificationRequested(order, OffsetDateTime.now().plusDays(2), OffsetDateTime.now()),
                json);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(inspector)
                        .get("/reinspections/" + orderId)
                        .then()
                        .statusCode(200)
                        .body("status", equalTo("OPEN")));
        return orderId;
    }

    private void reinspect(String point, double[] at, OffsetDateTime when, String orderId, String items) {
        given().auth()
                .oauth2(inspector)
                .contentType("application/json")
                .body("""
                        {"pointCode":"%s","inspectedAt":"%s","latitude":%s,"longitude":%s,"checklistVersion":%d,
                         "reinspectionOrderId":"%s","items":[%s]}
                        """.formatted(point, when, at[0], at[1], schools.version(), orderId, items))
                .post("/inspections")
                .then()
                .statusCode(201);
    }
}
