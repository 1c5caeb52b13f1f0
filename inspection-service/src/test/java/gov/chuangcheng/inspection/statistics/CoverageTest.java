package gov.chuangcheng.inspection.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The coverage report over a 社区 of its own (below JD01) and a bureau of its own, with real tokens. */
@QuarkusTest
class CoverageTest {

    private static final double LAT = 30.2741;
    private static final double LON = 120.1551;

    @Inject
    Fixtures fixtures;

    @Test
    void activePointsNotInspectedForNDaysByTypeAndUnitNeverInspectedFirst() {
        String office = KeycloakTokens.forUser("office1");
        String inspector = KeycloakTokens.forUser("inspector1");
        fixtures.seedUnits();
        String community = Fixtures.unique("SQ");
        String bureau = Fixtures.unique("JU");
        fixtures.units(
                Fixtures.unit(community, "覆盖一社区" + community, UnitKind.COMMUNITY, "JD01"),
                Fixtures.unit(bureau, "覆盖局" + bureau, UnitKind.DEPARTMENT, null));
        ReportData.Checklist checklist = ReportData.checklist(fixtures, office, "BACK_STREET");
        String fresh = Fixtures.unique("FG");
        String stale = Fixtures.unique("FG");
        String never = Fixtures.unique("FG");
        String closed = Fixtures.unique("FG");
        String elsewhere = Fixtures.unique("FG");
        ReportData.point(office, fresh, "BACK_STREET", community, null, LAT, LON, true);
        ReportData.point(office, stale, "BACK_STREET", community, null, LAT, LON, true);
        ReportData.point(office, never, "PARK_SQUARE", community, null, LAT, LON, true);
        ReportData.point(office, closed, "PARK_SQUARE", community, null, LAT, LON, false);
        ReportData.point(office, elsewhere, "PARK_SQUARE", bureau, null, LAT, LON, true);
        OffsetDateTime now = OffsetDateTime.now(ReportData.BEIJING);
        ReportData.inspect(inspector, fresh, checklist, now.minusMinutes(1), LAT, LON, true, true);
        ReportData.inspect(inspector, stale, checklist, now.minusDays(10), LAT, LON, true, true);

        given().auth()
                .oauth2(office)
                .queryParam("unit", community)
                .get("/coverage")
                .then()
                .statusCode(200)
                .body("days", equalTo(7))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("activePoints", equalTo(3))
                .body("coveredPoints", equalTo(1))
                .body("uncoveredPoints", equalTo(2))
                .body("coverageRate", equalTo(0.3333f))
                .body("byType.key", contains("PARK_SQUARE", "BACK_STREET"))
                .body("byType.name", contains("公园广场", "背街小巷"))
                .body("byType.activePoints", contains(1, 2))
                .body("byType.uncoveredPoints", contains(1, 1))
                .body("byUnit.key", contains(community))
                .body("byUnit.name", contains("覆盖一社区" + community))
                .body("uncovered.total", equalTo(2))
                .body("uncovered.items.code", contains(never, stale))
                .body("uncovered.items[0].lastInspectedAt", nullValue())
                .body("uncovered.items[0].daysSinceLastInspection", nullValue())
                .body("uncovered.items[0].typeName", equalTo("公园广场"))
                .body("uncovered.items[1].daysSinceLastInspection", equalTo(10))
                .body("uncovered.items[1].responsibleUnitName", equalTo("覆盖一社区" + community));
        // over 30 days only the never-inspected point is uncovered; paging
        given().auth()
                .oauth2(office)
                .queryParam("unit", community)
                .queryParam("days", 30)
                .get("/coverage")
                .then()
                .statusCode(200)
                .body("uncoveredPoints", equalTo(1))
                .body("uncovered.items.code", contains(never));
        given().auth()
                .oauth2(office)
                .queryParam("unit", community)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/coverage")
                .then()
                .statusCode(200)
                .body("uncovered.items.code", contains(stale))
                .body("uncovered.total", equalTo(2));
        given().auth()
                .oauth2(office)
                .queryParam("unit", community)
                .queryParam("type", "BACK_STREET")
                .get("/coverage")
                .then()
                .statusCode(200)
                .body("activePoints", equalTo(2))
                .body("uncovered.items.code", contains(stale));

        // the 街道 sees its 社区 but not the bureau; an unrelated department sees neither
        String jd01 = KeycloakTokens.forUser("jd01");
        given().auth()
                .oauth2(jd01)
                .queryParam("unit", community)
                .get("/coverage")
                .then()
                .statusCode(200)
                .body("activePoints", equalTo(3))
                .body("uncovered.items.code", contains(never, stale));
        given().auth()
                .oauth2(jd01)
                .queryParam("unit", bureau)
                .get("/coverage")
                .then()
                .statusCode(200)
                .body("activePoints", equalTo(0))
                .body("byUnit", empty())
                .body("uncovered.items", empty())
                .body("coverageRate", nullValue());
        given().auth()
                .oauth2(jd01)
                .queryParam("size", 500)
                .get("/coverage")
                .then()
                .statusCode(200)
                .body("byUnit.key", hasItem(community))
                .body("byUnit.key", not(hasItem(bureau)))
                .body("byUnit.key", not(hasItem("CGJ")));
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .queryParam("unit", community)
                .get("/coverage")
                .then()
                .statusCode(200)
                .body("activePoints", equalTo(0));
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .queryParam("unit", bureau)
                .get("/coverage")
                .then()
                .statusCode(200)
                .body("activePoints", equalTo(1))
                .body("uncovered.items.code", contains(elsewhere));

        given().auth().oauth2(inspector).get("/coverage").then().statusCode(403);
        given().get("/coverage").then().statusCode(401);
        given().auth()
                .oauth2(office)
                .queryParam("days", 0)
                .get("/coverage")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("days"));
        given().auth()
                .oauth2(office)
                .queryParam("days", "week")
                .get("/coverage")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("days"))
                .body("errors[0].message", org.hamcrest.Matchers.endsWith("之间的整数天数"));
        given().auth()
                .oauth2(office)
                .queryParam("type", "SPACESHIP")
                .get("/coverage")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }
}
