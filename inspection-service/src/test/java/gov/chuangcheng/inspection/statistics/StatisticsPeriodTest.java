package gov.chuangcheng.inspection.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The periods of the statistics (platform's {@code Period}) through the real database: weeks and months cut at 00:00
 * Beijing time, echoed in the answer, and their parameters refused with Chinese messages. The test's own unit's row
 * is read alone, so other inspections on the same days do not matter.
 */
@QuarkusTest
class StatisticsPeriodTest {

    @Inject
    Fixtures fixtures;

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
        fixtures.units(Fixtures.unit(unit, "周月局" + unit, UnitKind.DEPARTMENT, null));
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

    /**
     * 2024-01-01 was a Monday and a first of the month: an inspection at 23:59:59 on Sunday 31 December (15:59:59
     * UTC) belongs to the week and the month before; one at 00:00 on Monday (16:00 UTC on the same UTC day) to the
     * new ones.
     */
    @Test
    void weeksAndMonthsBeginAtMidnightBeijingTime() {
        double[] at = ReportData.freshArea();
        String point = Fixtures.unique("XX");
        ReportData.point(office, point, "SCHOOL", unit, null, at[0], at[1], true);
        LocalDate monday = LocalDate.of(2024, 1, 1);
        ReportData.inspect(
                inspector, point, schools, ReportData.at(monday.minusDays(1), 23, 59, 59), at[0], at[1], true, false);
        ReportData.inspect(inspector, point, schools, ReportData.at(monday, 0, 0, 0), at[0], at[1], true, true);

        String mine = row(unit);
        passRates("unit", "period", "week", "date", "2024-01-03")
                .body("period.kind", equalTo("week"))
                .body("period.from", equalTo("2024-01-01"))
                .body("period.to", equalTo("2024-01-07"))
                .body("period.zone", equalTo("Asia/Shanghai"))
                .body(mine + ".inspected", equalTo(1))
                .body(mine + ".passed", equalTo(1));
        passRates("unit", "period", "week", "date", "2023-12-31")
                .body("period.from", equalTo("2023-12-25"))
                .body("period.to", equalTo("2023-12-31"))
                .body(mine + ".inspected", equalTo(1))
                .body(mine + ".passed", equalTo(0));
        passRates("unit", "period", "month", "date", "2024-01-31")
                .body("period.kind", equalTo("month"))
                .body("period.from", equalTo("2024-01-01"))
                .body("period.to", equalTo("2024-01-31"))
                .body(mine + ".inspected", equalTo(1))
                .body(mine + ".passed", equalTo(1));
        passRates("unit", "period", "MONTH", "date", "2023-12-01")
                .body("period.from", equalTo("2023-12-01"))
                .body("period.to", equalTo("2023-12-31"))
                .body(mine + ".passed", equalTo(0));
        // a range over both days has both, and the worst points take the same periods
        passRates("unit", "from", "2023-12-31", "to", "2024-01-01")
                .body("period.kind", equalTo("range"))
                .body(mine + ".inspected", equalTo(2));
        given().auth()
                .oauth2(office)
                .queryParam("period", "week")
                .queryParam("date", "2023-12-31")
                .queryParam("minInspections", 1)
                .get("/statistics/worst-points")
                .then()
                .statusCode(200)
                .body("period.kind", equalTo("week"))
                .body("period.from", equalTo("2023-12-25"))
                .body("points.code", hasItem(point));
        given().auth()
                .oauth2(office)
                .queryParam("period", "week")
                .queryParam("date", "2024-01-01")
                .queryParam("minInspections", 1)
                .get("/statistics/worst-points")
                .then()
                .statusCode(200)
                .body("points.code", not(hasItem(point)));
    }

    @Test
    void periodParametersAreRefusedNamingTheParameterInChinese() {
        given().auth()
                .oauth2(office)
                .queryParam("by", "unit")
                .queryParam("period", "quarter")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("period"))
                .body("errors[0].message", equalTo("统计期间只能是week（周）、month（月）或range（起止日期）"));
        given().auth()
                .oauth2(office)
                .queryParam("by", "unit")
                .queryParam("period", "week")
                .queryParam("from", "2026-11-23")
                .get("/statistics/pass-rates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth()
                .oauth2(office)
                .queryParam("date", "2026-11-23")
                .get("/statistics/worst-points")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].message", equalTo("date只用于period=week或period=month"));
        given().auth()
                .oauth2(office)
                .queryParam("period", "month")
                .queryParam("date", "2026-02-30")
                .get("/statistics/worst-points")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
    }
}
