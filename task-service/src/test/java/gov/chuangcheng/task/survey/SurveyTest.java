package gov.chuangcheng.task.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.task.testing.ActiveVersions;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Survey standards scored as the evaluators score them: the scoring rule comes with the imported evaluation system,
 * the office enters measured results, and the dashboard scores each survey standard on its latest result.
 */
@QuarkusTest
class SurveyTest {

    static final String X = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    static final String VERSION = "SURVEY-" + X;

    @Inject
    EntityManager em;

    private ActiveVersions versions;

    @BeforeEach
    void importAndActivateOwnVersion() {
        versions = new ActiveVersions(em);
        versions.remember(VERSION);
        if (!versions.isActive(VERSION)) {
            String office = KeycloakTokens.forUser("office1");
            given().auth()
                    .oauth2(office)
                    .contentType(ContentType.JSON)
                    .body("""
                            {"name":"问卷测试体系","categories":[{"code":"C-%1$s","name":"公共文明素养","indicators":[
                              {"code":"I-%1$s","name":"核心价值观","standards":[
                                {"code":"S-%1$s-1","name":"市民知晓率","fullMarks":2,"weight":0.5,"method":"SURVEY",
                                 "surveyScoring":[{"atLeast":90,"marks":2},{"atLeast":80,"marks":1.6},{"atLeast":70,"marks":1}]},
                                {"code":"S-%1$s-2","name":"市民满意度","fullMarks":2,"weight":0.3,"method":"SURVEY"},
                                {"code":"S-%1$s-3","name":"宣传台账","fullMarks":1,"weight":0.2,"method":"DOCUMENT_REVIEW"}]}]}]}
                            """.formatted(X))
                    .post("/evaluation-systems/" + VERSION + "/import")
                    .then()
                    .statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
            given().auth()
                    .oauth2(office)
                    .post("/evaluation-systems/" + VERSION + "/activate")
                    .then()
                    .statusCode(200);
        }
    }

    @AfterEach
    void restoreActiveVersion() {
        versions.restore();
    }

    private static String result(String standard, String rate, String surveyedOn) {
        return """
                {"standardCode":"%s","metric":"知晓率","rate":%s,"sampleSize":1000,"surveyedOn":"%s",
                 "source":"第三方测评机构入户调查"}""".formatted(standard, rate, surveyedOn);
    }

    @Test
    void theLatestResultScoresItsStandardByTheImportedRule() {
        String office = KeycloakTokens.forUser("office1");
        String knowing = "S-" + X + "-1";
        given().auth()
                .oauth2(office)
                .get("/standards/" + knowing)
                .then()
                .statusCode(200)
                .body("surveyScoring.atLeast", equalTo(List.of(90, 80, 70)));
        // a fresh system: no survey yet, so no data and no projection
        given().auth()
                .oauth2(office)
                .get("/dashboard")
                .then()
                .statusCode(200)
                .body("coverage", equalTo(0.0f))
                .body("projectedTotal", nullValue());

        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body(result(knowing, "78.5", "2026-11-01"))
                .post("/survey-results")
                .then()
                .statusCode(201)
                .body("marks", equalTo(1))
                .body("counts", equalTo(true))
                .body("recordedBy", equalTo("office1"));
        String latest = given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body(result(knowing, "85", "2026-11-20"))
                .post("/survey-results")
                .then()
                .statusCode(201)
                .body("marks", equalTo(1.6f))
                .extract()
                .path("id");
        // the satisfaction standard has a result but no rule: shown, not scored
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body(result("S-" + X + "-2", "95", "2026-11-20"))
                .post("/survey-results")
                .then()
                .statusCode(201)
                .body("marks", nullValue());

        // 1.6 of the 2 marks with data (the other 3 have none): coverage 2 ÷ 5
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .get("/dashboard")
                .then()
                .statusCode(200)
                .body("projectedTotal", equalTo(1.6f))
                .body("coveredMarks", equalTo(2.0f))
                .body("coverage", equalTo(0.4f))
                .body("weakestStandards", hasSize(1))
                .body("weakestStandards[0].code", equalTo(knowing))
                .body("weakestStandards[0].survey.rate", equalTo(85.0f))
                .body("weakestStandards[0].survey.marks", equalTo(1.6f));

        // withdrawn by mistake: the earlier survey counts again, and the withdrawal stays on record
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"录入错误，样本未达要求\"}")
                .post("/survey-results/" + latest + "/withdrawal")
                .then()
                .statusCode(200)
                .body("counts", equalTo(false))
                .body("withdrawnBy", equalTo("office1"));
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"再次撤销\"}")
                .post("/survey-results/" + latest + "/withdrawal")
                .then()
                .statusCode(409);
        given().auth().oauth2(office).get("/dashboard").then().statusCode(200).body("projectedTotal", equalTo(1.0f));
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .queryParam("standard", knowing)
                .get("/survey-results")
                .then()
                .statusCode(200)
                .body("$", hasSize(2))
                .body("find { it.id == '" + latest + "' }.withdrawalReason", equalTo("录入错误，样本未达要求"))
                .body("find { it.counts }.rate", equalTo(78.5f));
    }

    @Test
    void badInputChangesNothingAndOnlyTheOfficeEnters() {
        String office = KeycloakTokens.forUser("office1");
        String knowing = "S-" + X + "-1";
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body(result("S-" + X + "-3", "80", "2026-11-20"))
                .post("/survey-results")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("standardCode"))
                .body("errors[0].message", equalTo("不是问卷调查类测评标准，问卷结果只能录入问卷调查类标准"));
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body(result("S-NOPE", "80", "2026-11-20"))
                .post("/survey-results")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("standardCode"));
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body(result(knowing, "100.5", "2026-11-20"))
                .post("/survey-results")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("rate"));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body(result(knowing, "80", tomorrow))
                .post("/survey-results")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("surveyedOn"))
                .body("errors[0].message", equalTo("不能晚于今天"));
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .contentType(ContentType.JSON)
                .body(result(knowing, "99", "2026-11-20"))
                .post("/survey-results")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"无此记录\"}")
                .post("/survey-results/" + UUID.randomUUID() + "/withdrawal")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"无此记录\"}")
                .post("/survey-results/not-a-uuid/withdrawal")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(office)
                .queryParam("standard", "S-" + X + "-2")
                .get("/survey-results")
                .then()
                .statusCode(200)
                .body("rate", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(99)));
    }
}
