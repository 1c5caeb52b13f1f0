package gov.chuangcheng.inspection.catalogue;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import gov.chuangcheng.events.evaluation.StandardUpserted;
import gov.chuangcheng.inspection.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StandardsReadModelTest {

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "inspector1", roles = "inspector")
    void standardsArriveFromTheEvaluationTopicAndTheLatestWins() {
        String code = Fixtures.unique("S");
        fixtures.standards(Fixtures.standard(code, "农贸市场公平秤设置", "FARMERS_MARKET", "NOT_A_TYPE"));
        given().get("/catalogue/standards/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("农贸市场公平秤设置"))
                .body("method", equalTo("FIELD_INSPECTION"))
                .body("methodName", equalTo("实地考察"))
                .body("pointTypes", contains("FARMERS_MARKET"))
                .body("active", equalTo(true));

        StandardUpserted retired = new StandardUpserted(
                "2027",
                "C-01",
                "公共环境",
                "I-1",
                "指标",
                code,
                "已停用标准",
                new BigDecimal("3"),
                BigDecimal.ONE,
                gov.chuangcheng.events.evaluation.AssessmentMethod.SURVEY,
                List.of(),
                false);
        fixtures.standards(retired);
        given().get("/catalogue/standards/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("已停用标准"))
                .body("active", equalTo(false))
                .body("pointTypes.size()", equalTo(0));
        given().get("/catalogue/standards/NO-SUCH-" + code).then().statusCode(404);
    }
}
