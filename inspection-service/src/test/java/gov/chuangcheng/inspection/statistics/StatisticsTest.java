package gov.chuangcheng.inspection.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pass rates and worst points over a day that only this test's inspections fall on, read with real tokens: the
 * office sees every unit, a 街道 its 社区, an unrelated department nothing.
 */
@QuarkusTest
class StatisticsTest {

    private static final double LAT = 30.2741;
    private static final double LON = 120.1551;

    @Inject
    Fixtures fixtures;

    private String office;
    private String inspector;
    private LocalDate day;
    private String community;
    private String bureau;
    private String street;
    private String school1;
    private String school2;
    private String hospital;
    private ReportData.Checklist schools;
    private ReportData.Checklist hospitals;

    /**
     * On {@code day}: school1 (a 社区 below JD01, street = that 社区) pass, pass with a failed item, fail; school2
     * (a bureau, a named street) fail, fail; hospital (the bureau, no street) pass. Just outside the day: a failure
     * of school1 at 00:00 the next day and one of hospital at 23:59:59 the day before.
     */
    @BeforeEach
    void inspections() {
        office = KeycloakTokens.forUser("office1");
        inspector = KeycloakTokens.forUser("inspector1");
        fixtures.seedUnits();
        community = Fixtures.unique("SQ");
        bureau = Fixtures.unique("JU");
        street = Fixtures.unique("统计街");
        fixtures.units(
                Fixtures.unit(community, "统计一社区" + community, UnitKind.COMMUNITY, "JD01"),
                Fixtures.unit(bureau, "统计局" + bureau, UnitKind.DEPARTMENT, null));
        schools = ReportData.checklist(fixtures, office, "SCHOOL");
        hospitals = ReportData.checklist(fixtures, office, "HOSPITAL");
        day = ReportData.freshDay();
        school1 = Fixtures.unique("XX");
        school2 = Fixtures.unique("XX");
        hospital = Fixtures.unique("YY");
        ReportData.point(office, school1, "SCHOOL", community, community, LAT, LON, true);
        ReportData.point(office, school2, "SCHOOL", bureau, street, LAT, LON, true);
        ReportData.point(office, hospital, "HOSPITAL", bureau, null, LAT, LON, true);

        inspect(school1, schools, 8, 0, 0, true, true);
        inspect(school1, schools, 9, 0, 0, false, true);
        inspect(school1, schools, 10, 0, 0, true, false);
        inspect(school2, schools, 8, 30, 0, true, false);
        inspect(school2, schools, 23, 59, 59, true, false);
        inspect(hospital, hospitals, 0, 0, 0, true, true);
        ReportData.inspect(
                inspector, school1, schools, ReportData.at(day.plusDays(1), 0, 0, 0), LAT, LON, false, false);
        ReportData.inspect(
                inspector, hospital, hospitals, ReportData.at(day.minusDays(1), 23, 59, 59), LAT, LON, false, false);
    }

    private void inspect(String point, ReportData.Checklist checklist, int h, int m, int s, boolean a, boolean b) {
        ReportData.inspect(inspector, point, checklist, ReportData.at(day, h, m, s), LAT, LON, a, b);
    }

    private RequestSpecification as(String token) {
        return given().auth().oauth2(token).queryParam("from", day.toString()).queryParam("to", day.toString());
    }

    @Test
    void passRatesByPointTypeUnitStreetAndStandardCountOnlyTheDay() {
        as(office)
                .queryParam("by", "pointType")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(200)
                .body("by", equalTo("pointType"))
                .body("counting", equalTo("inspections"))
                .body("period.kind", equalTo("range"))
                .body("period.from", equalTo(day.toString()))
                .body("period.to", equalTo(day.toString()))
                .body("period.zone", equalTo("Asia/Shanghai"))
                .body("from", equalTo(day.toString()))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("minimumSample", equalTo(5))
                .body("rows.key", contains("SCHOOL", "HOSPITAL"))
                .body("rows.name", contains("学校", "医院"))
                .body("rows.inspected", contains(5, 1))
                .body("rows.passed", contains(2, 1))
                .body("rows.failed", contains(3, 0))
                // one hospital inspection is below the minimum sample of 5: its counts, no rate
                .body("rows.rate", contains(0.4f, null))
                .body("rows.verified", contains(0, 0))
                .body("rows.verificationRate", contains(nullValue(), nullValue()))
                .body("rows.reports", contains(nullValue(), nullValue()))
                .body("total.inspected", equalTo(6))
                .body("total.passed", equalTo(3))
                .body("total.rate", equalTo(0.5f));
        as(office)
                .queryParam("by", "unit")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(200)
                .body("rows.key", contains(bureau, community))
                .body("rows.name", contains("统计局" + bureau, "统计一社区" + community))
                .body("rows.inspected", contains(3, 3))
                .body("rows.passed", contains(1, 2))
                .body("rows.rate", contains(nullValue(), nullValue()))
                .body("rows.activePoints", contains(2, 1))
                .body("rows.reports", contains(0, 0))
                .body("rows.reportsPerPoint", contains(nullValue(), nullValue()))
                .body("total.inspected", equalTo(6))
                .body("total.rate", equalTo(0.5f))
                .body("total.activePoints", equalTo(3));
        as(office)
                .queryParam("by", "street")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(200)
                // no street has enough inspections for a rate: the most inspected first
                .body("rows.key", contains(community, street, null))
                .body("rows.name", contains("统计一社区" + community, street, "未填写街道"))
                .body("rows.inspected", contains(3, 2, 1))
                .body("rows.passed", contains(2, 0, 1));
        // standards count items: A failed once at school1; B failed at school1 once and at school2 twice
        as(office)
                .queryParam("by", "standard")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(200)
                .body("counting", equalTo("items"))
                .body(
                        "rows.key",
                        contains(
                                schools.standardB(), schools.standardA(), hospitals.standardA(), hospitals.standardB()))
                .body("rows[0].name", equalTo("标准乙" + schools.standardB()))
                .body("rows.inspected", contains(5, 5, 1, 1))
                .body("rows.passed", contains(2, 4, 1, 1))
                .body("rows.rate", contains(equalTo(0.4f), equalTo(0.8f), nullValue(), nullValue()))
                .body("total.inspected", equalTo(12))
                .body("total.passed", equalTo(8));
        // the day before and after add their failures
        given().auth()
                .oauth2(office)
                .queryParam("from", day.minusDays(1).toString())
                .queryParam("to", day.plusDays(1).toString())
                .queryParam("by", "pointType")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(200)
                .body("rows.key", contains("SCHOOL", "HOSPITAL"))
                .body("rows.inspected", contains(6, 2))
                .body("rows.rate", contains(0.3333f, null));
    }

    @Test
    void departmentsSeeTheirOwnAndSubordinateUnitsOnly() {
        String jd01 = KeycloakTokens.forUser("jd01");
        as(jd01).queryParam("by", "unit")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(200)
                .body("rows.key", contains(community))
                .body("total.inspected", equalTo(3));
        as(jd01).queryParam("by", "pointType")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(200)
                .body("rows.key", contains("SCHOOL"))
                .body("rows.inspected", contains(3));
        as(jd01).get("/statistics/worst-points").then().statusCode(200).body("points.code", contains(school1));
        String cgj = KeycloakTokens.forUser("cgj1");
        as(cgj).queryParam("by", "standard")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(200)
                .body("rows", empty())
                .body("total.inspected", equalTo(0))
                .body("total.rate", nullValue());
        as(cgj).get("/statistics/worst-points").then().statusCode(200).body("points", empty());
        as(KeycloakTokens.forUser("leader1"))
                .queryParam("by", "unit")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(200)
                .body("rows.key", contains(bureau, community));
        as(inspector)
                .queryParam("by", "unit")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(403);
        as(inspector).get("/statistics/worst-points").then().statusCode(403);
        given().queryParam("by", "unit").get("/statistics/pass-rates").then().statusCode(401);
    }

    @Test
    void theWorstPointsHaveTheLowestPassRateAndEnoughInspections() {
        as(office)
                .get("/statistics/worst-points")
                .then()
                .statusCode(200)
                .body("minInspections", equalTo(2))
                .body("limit", equalTo(10))
                .body("points.code", contains(school2, school1))
                .body("points[0].inspected", equalTo(2))
                .body("points[0].passed", equalTo(0))
                .body("points[0].failed", equalTo(2))
                .body("points[0].rate", equalTo(0.0f))
                .body("points[0].failedItems", equalTo(2))
                .body("points[0].typeName", equalTo("学校"))
                .body("points[0].responsibleUnitName", equalTo("统计局" + bureau))
                .body("points[0].lastInspectedAt", equalTo(day + "T15:59:59Z"))
                .body("points[1].rate", equalTo(0.6667f))
                .body("points[1].failedItems", equalTo(2));
        as(office)
                .queryParam("minInspections", 3)
                .get("/statistics/worst-points")
                .then()
                .statusCode(200)
                .body("points.code", contains(school1));
        as(office)
                .queryParam("limit", 1)
                .get("/statistics/worst-points")
                .then()
                .statusCode(200)
                .body("points.code", contains(school2));
        // with the day before, hospital has two inspections and a failure
        given().auth()
                .oauth2(office)
                .queryParam("from", day.minusDays(1).toString())
                .queryParam("to", day.toString())
                .get("/statistics/worst-points")
                .then()
                .statusCode(200)
                .body("points.code", contains(school2, hospital, school1));
    }

    @Test
    void wrongParametersAreNamed() {
        given().auth()
                .oauth2(office)
                .queryParam("by", "district")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("by"));
        given().auth()
                .oauth2(office)
                .get("/statistics/pass-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("by"));
        given().auth()
                .oauth2(office)
                .queryParam("by", "unit")
                .queryParam("from", "2026-11-26")
                .queryParam("to", "2026-11-25")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("起始日期不能晚于截止日期（2026-11-25）"));
        given().auth()
                .oauth2(office)
                .queryParam("by", "unit")
                .queryParam("from", "2025-01-01")
                .queryParam("to", "2026-01-02")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].message", equalTo("统计期间最长366天，此期间为367天"));
        given().auth()
                .oauth2(office)
                .queryParam("by", "unit")
                .queryParam("from", "yesterday")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].message", equalTo("日期格式应为2026-11-25（yyyy-MM-dd）"));
        given().auth()
                .oauth2(office)
                .queryParam("limit", 0)
                .get("/statistics/worst-points")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("limit"))
                .body("errors[0].message", org.hamcrest.Matchers.endsWith("之间的整数"));
        given().auth()
                .oauth2(office)
                .queryParam("minInspections", "two")
                .get("/statistics/worst-points")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("minInspections"));
    }
}
