package gov.chuangcheng.inspection.patrol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.inspection.statistics.ReportData;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Patrol plans with real tokens: the office assigns, the inspector follows its day, others read or are refused. */
@QuarkusTest
class PatrolPlanTest {

    private static final double LAT = 30.2741;
    private static final double LON = 120.1551;

    @Inject
    Fixtures fixtures;

    private String office;

    @BeforeEach
    void tokens() {
        office = KeycloakTokens.forUser("office1");
        fixtures.seedUnits();
    }

    private String point(boolean active) {
        String code = Fixtures.unique("XC");
        ReportData.point(office, code, "BACK_STREET", "CGJ", "JD01", LAT, LON, active);
        return code;
    }

    private static String plan(String inspector, LocalDate start, LocalDate end, String... codes) {
        return """
                {"inspector":"%s","startDate":"%s","endDate":%s,"pointCodes":[%s],"note":"重点巡查背街小巷"}
                """.formatted(
                        inspector,
                        start,
                        end == null ? "null" : "\"" + end + "\"",
                        codes.length == 0 ? "" : "\"" + String.join("\",\"", codes) + "\"");
    }

    /** A username no other test plans for: plans of one inspector must not overlap. */
    private static String someInspector() {
        return Fixtures.unique("insp").toLowerCase(Locale.ROOT);
    }

    @Test
    void theInspectorSeesItsDayAndWhichPointsHaveBeenInspectedThatDayByAnyone() {
        String inspector = KeycloakTokens.forUser("inspector1");
        String colleague = KeycloakTokens.forUser("inspector2");
        ReportData.Checklist checklist = ReportData.checklist(fixtures, office, "BACK_STREET");
        LocalDate day = ReportData.freshDay();
        String p1 = point(true);
        String p2 = point(true);
        String p3 = point(true);

        Response created = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan("inspector1", day, day.plusDays(2), p1, p2, p3))
                .post("/patrol-plans");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .body("inspector", equalTo("inspector1"))
                .body("days", equalTo(3))
                .body("startDate", equalTo(day.toString()))
                .body("endDate", equalTo(day.plusDays(2).toString()))
                .body("points.code", contains(p1, p2, p3))
                .body("points[0].typeName", equalTo("背街小巷"))
                .body("createdBy", equalTo("office1"));
        String planId = created.path("id");
        given().auth()
                .oauth2(office)
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(planId));

        // p1 by a colleague that morning; p2 one second before the day and at the first second of the next one
        ReportData.inspect(colleague, p1, checklist, ReportData.at(day, 9, 0, 0), LAT, LON, true, true);
        ReportData.inspect(colleague, p2, checklist, ReportData.at(day.minusDays(1), 23, 59, 59), LAT, LON, true, true);
        ReportData.inspect(inspector, p2, checklist, ReportData.at(day.plusDays(1), 0, 0, 0), LAT, LON, true, false);

        given().auth()
                .oauth2(inspector)
                .queryParam("date", day.toString())
                .get("/patrol-plans/mine")
                .then()
                .statusCode(200)
                .body("planId", equalTo(planId))
                .body("date", equalTo(day.toString()))
                .body("planned", equalTo(3))
                .body("inspected", equalTo(1))
                .body("points.code", contains(p1, p2, p3))
                .body("points.inspected", contains(true, false, false))
                .body("points[0].inspectionCount", equalTo(1))
                .body("points[0].lastInspectedBy", equalTo("inspector2"))
                .body("points[0].lastInspectedAt", equalTo(day + "T01:00:00Z"))
                .body("points[1].lastInspectedAt", nullValue());
        given().auth()
                .oauth2(inspector)
                .queryParam("date", day.plusDays(1).toString())
                .get("/patrol-plans/mine")
                .then()
                .statusCode(200)
                .body("points.inspected", contains(false, true, false))
                .body("points[1].lastInspectedBy", equalTo("inspector1"));
        // no plan that day; another inspector has none at all
        given().auth()
                .oauth2(inspector)
                .queryParam("date", day.plusDays(3).toString())
                .get("/patrol-plans/mine")
                .then()
                .statusCode(200)
                .body("planId", nullValue())
                .body("points.size()", equalTo(0));
        given().auth()
                .oauth2(colleague)
                .queryParam("date", day.toString())
                .get("/patrol-plans/mine")
                .then()
                .statusCode(200)
                .body("planId", nullValue());
        // an inspector reads its own plans only
        given().auth().oauth2(inspector).get("/patrol-plans/" + planId).then().statusCode(200);
        given().auth()
                .oauth2(colleague)
                .get("/patrol-plans/" + planId)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(office)
                .queryParam("date", day.plusDays(1).toString())
                .queryParam("inspector", "inspector1")
                .get("/patrol-plans")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(planId))
                .body("items[0].points.code", contains(p1, p2, p3));
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .queryParam("date", day.toString())
                .get("/patrol-plans")
                .then()
                .statusCode(200)
                .body("items.id", contains(planId));
        given().auth()
                .oauth2(office)
                .queryParam("date", day.plusDays(3).toString())
                .queryParam("inspector", "inspector1")
                .get("/patrol-plans")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth().oauth2(inspector).get("/patrol-plans").then().statusCode(403);
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .get("/patrol-plans")
                .then()
                .statusCode(403);
        given().auth().oauth2(office).get("/patrol-plans/mine").then().statusCode(403);
        given().auth()
                .oauth2(inspector)
                .queryParam("date", "25/11/2026")
                .get("/patrol-plans/mine")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
        given().get("/patrol-plans/mine").then().statusCode(401);
    }

    @Test
    void wrongPlansAreRejectedNamingTheFieldAndStoreNothing() {
        String who = someInspector();
        LocalDate day = ReportData.freshDay();
        String good = point(true);
        String inactive = point(false);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan(who, day, null, good, "NO-SUCH-POINT", inactive, good))
                .post("/patrol-plans")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("pointCodes[1]", "pointCodes[2]", "pointCodes[3]"))
                .body("errors[0].message", equalTo("point NO-SUCH-POINT does not exist"))
                .body("errors[1].message", equalTo("point " + inactive + " is no longer active"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan(who, day, day.minusDays(1), good))
                .post("/patrol-plans")
                .then()
                .statusCode(400)
                .body("errors.field", contains("endDate"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan(who, day, day.plusDays(31), good))
                .post("/patrol-plans")
                .then()
                .statusCode(400)
                .body("errors.field", contains("endDate"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan(who, day, null))
                .post("/patrol-plans")
                .then()
                .statusCode(400)
                .body("errors.field", contains("pointCodes"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan(who, day, null, good).replace("\"startDate\":\"" + day + "\"", "\"startDate\":null"))
                .post("/patrol-plans")
                .then()
                .statusCode(400)
                .body("errors.field", contains("startDate"));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan("巡查 员", day, null, good))
                .post("/patrol-plans")
                .then()
                .statusCode(400)
                .body("errors.field", contains("inspector"));
        given().auth()
                .oauth2(KeycloakTokens.forUser("inspector1"))
                .contentType("application/json")
                .body(plan(who, day, null, good))
                .post("/patrol-plans")
                .then()
                .statusCode(403);

        given().auth()
                .oauth2(office)
                .queryParam("inspector", who)
                .get("/patrol-plans")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void aPlanIsReplacedOrDeletedWithItsETagAndAnInspectorHasOnePlanADay() {
        String who = someInspector();
        String other = someInspector();
        LocalDate day = ReportData.freshDay();
        String p1 = point(true);
        String p2 = point(true);
        String planId = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan(who, day, day.plusDays(1), p1))
                .post("/patrol-plans")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // overlapping by one day: refused; the same days for someone else: fine
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan(who, day.plusDays(1), day.plusDays(2), p2))
                .post("/patrol-plans")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan(other, day.plusDays(1), day.plusDays(2), p2))
                .post("/patrol-plans")
                .then()
                .statusCode(201);

        String replacement = plan(who, day, day.plusDays(3), p2, p1);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(replacement)
                .put("/patrol-plans/" + planId)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(replacement)
                .put("/patrol-plans/" + planId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("points.code", contains(p2, p1))
                .body("days", equalTo(4))
                .body("version", equalTo(1));
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(replacement)
                .put("/patrol-plans/" + planId)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(office)
                .queryParam("inspector", who)
                .get("/patrol-plans")
                .then()
                .body("total", equalTo(1))
                .body("items[0].points.code", containsInAnyOrder(p1, p2))
                .body("items[0].endDate", equalTo(day.plusDays(3).toString()));

        given().auth().oauth2(office).delete("/patrol-plans/" + planId).then().statusCode(428);
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .header("If-Match", "\"1\"")
                .delete("/patrol-plans/" + planId)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .header("If-Match", "\"1\"")
                .delete("/patrol-plans/" + planId)
                .then()
                .statusCode(204);
        given().auth().oauth2(office).get("/patrol-plans/" + planId).then().statusCode(404);
        // the days are free again
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body(plan(who, day.plusDays(1), day.plusDays(2), p2))
                .post("/patrol-plans")
                .then()
                .statusCode(201);
        given().auth().oauth2(office).get("/patrol-plans/not-a-uuid").then().statusCode(404);
    }
}
