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
 * counted apart from inspections, and the public's reports per point (its periods: {@link StatisticsPeriodTest}).
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
                .body(mine + ".verificationRate", nullValue())
                .body(mine + ".activePoints", equalTo(1));
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

    /**
     * Reports received now at five active points of the unit (a sixth, inactive, is not one of its points) and at
     * the one point of another unit, whose single point is below the minimum sample of points.
     */
    @Test
    void reportsPerPointAreTheReportsAtTheUnitsPointsOverItsActivePoints() {
        String hotline = KeycloakTokens.forClient("hotline-12345", "hotline-12345-secret");
        String street = Fixtures.unique("积分街");
        String other = Fixtures.unique("JU");
        fixtures.units(Fixtures.unit(other, "另一局" + other, UnitKind.DEPARTMENT, null));
        double[] at = ReportData.freshArea();
        String[] points = new String[5];
        for (int i = 0; i < points.length; i++) {
            points[i] = Fixtures.unique("XX");
            ReportData.point(office, points[i], "SCHOOL", unit, street, at[0] + 0.001 * i, at[1], true);
        }
        ReportData.point(office, Fixtures.unique("XX"), "SCHOOL", unit, street, at[0], at[1] + 0.01, false);
        String elsewhere = Fixtures.unique("XX");
        ReportData.point(office, elsewhere, "SCHOOL", other, null, at[0] + 0.02, at[1], true);
        for (String code : new String[] {points[0], points[0], points[3], elsewhere}) {
            given().auth()
                    .oauth2(hotline)
                    .formParam("service_code", "A")
                    .formParam("address_id", code)
                    .post("/open311/v2/requests.json")
                    .then()
                    .statusCode(201);
        }

        // nobody inspected there: the reports alone make the rows; the default period ends today
        String mine = row(unit);
        passRates("unit")
                .body(mine + ".name", equalTo("积分局" + unit))
                .body(mine + ".inspected", equalTo(0))
                .body(mine + ".rate", nullValue())
                .body(mine + ".reports", equalTo(3))
                .body(mine + ".activePoints", equalTo(5))
                .body(mine + ".reportsPerPoint", equalTo(0.6f))
                .body(row(other) + ".reports", equalTo(1))
                .body(row(other) + ".activePoints", equalTo(1))
                .body(row(other) + ".reportsPerPoint", nullValue());
        passRates("street")
                .body(row(street) + ".reports", equalTo(3))
                .body(row(street) + ".activePoints", equalTo(5))
                .body(row(street) + ".reportsPerPoint", equalTo(0.6f));
        passRates("pointType").body("total.reports", nullValue()).body("total.reportsPerPoint", nullValue());
        // the reports came in today, not in 2001
        passRates("unit", "period", "week", "date", "2001-01-01").body(mine, nullValue());
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
