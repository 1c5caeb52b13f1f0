package gov.chuangcheng.task.decomposition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who sees and does what, with real Keycloak tokens of the seed users. */
@QuarkusTest
class TaskScopeTest extends TaskTestSupport {

    @Test
    void departmentsSeeAndReportOnTheTasksOfTheirUnitAndTheUnitsBelow() {
        String office = KeycloakTokens.forUser("office1");
        ensureUnit(office, "CGJ", "区城管局", "DEPARTMENT", null);
        ensureUnit(office, "SCJGJ", "区市场监管局", "DEPARTMENT", null);
        ensureUnit(office, "JD01", "城关街道", "SUBDISTRICT", null);
        ensureUnit(office, "SQ0101", "城关街道东风社区", "COMMUNITY", "JD01");
        LocalDate due = today().plusDays(10);
        // other tests' tasks may share the standard: the assertions look only at this test's tasks
        String standard = STANDARD_3;
        String led = createTask(office, "城管局牵头", List.of(standard), "CGJ", List.of(), due);
        String coOperated = createTask(office, "城管局配合", List.of(standard), "SCJGJ", List.of("CGJ"), due);
        String foreign = createTask(office, "市场监管局独办", List.of(standard), "SCJGJ", List.of(), due);
        String community = createTask(office, "社区任务", List.of(standard), "SQ0101", List.of(), due);
        List<String> mine = List.of(led, coOperated, foreign, community);

        String cgj1 = KeycloakTokens.forUser("cgj1");
        given().auth()
                .oauth2(cgj1)
                .queryParam("standard", standard)
                .queryParam("size", 500)
                .get("/tasks")
                .then()
                .statusCode(200)
                .body("items.id.findAll { it in " + groovyList(mine) + " }", containsInAnyOrder(led, coOperated));
        given().auth().oauth2(cgj1).get("/tasks/" + coOperated).then().statusCode(200);
        given().auth()
                .oauth2(cgj1)
                .get("/tasks/" + foreign)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(cgj1)
                .get("/tasks/" + foreign + "/progress")
                .then()
                .statusCode(404);
        as(cgj1).body(progressJson(30, "越权上报"))
                .post("/tasks/" + foreign + "/progress")
                .then()
                .statusCode(404);
        as(cgj1).body(progressJson(30, "配合单位上报"))
                .post("/tasks/" + coOperated + "/progress")
                .then()
                .statusCode(201)
                .body("reporterUnit", equalTo("CGJ"));
        given().auth()
                .oauth2(cgj1)
                .post("/tasks/" + coOperated + "/submit")
                .then()
                .statusCode(403);
        as(cgj1).body(progressJson(100, "牵头单位上报"))
                .post("/tasks/" + led + "/progress")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(cgj1)
                .post("/tasks/" + led + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("AWAITING_ACCEPTANCE"));
        given().auth().oauth2(cgj1).post("/tasks/" + led + "/accept").then().statusCode(403);
        as(cgj1).body(taskJson("越权创建", List.of(standard), "CGJ", List.of(), due, "[]"))
                .post("/tasks")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .get("/tasks/" + foreign + "/progress")
                .then()
                .body("total", equalTo(0));

        // a 街道 sees the tasks of its 社区 once the directory read model knows the hierarchy
        String jd01 = KeycloakTokens.forUser("jd01");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(jd01)
                        .get("/tasks/" + community)
                        .then()
                        .statusCode(200));
        given().auth()
                .oauth2(jd01)
                .queryParam("standard", standard)
                .queryParam("size", 500)
                .get("/tasks")
                .then()
                .body("items.id.findAll { it in " + groovyList(mine) + " }", containsInAnyOrder(community));
        as(jd01).body(progressJson(20, "街道代报"))
                .post("/tasks/" + community + "/progress")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(KeycloakTokens.forUser("sq0101"))
                .get("/tasks/" + led)
                .then()
                .statusCode(404);

        String leader = KeycloakTokens.forUser("leader1");
        given().auth()
                .oauth2(leader)
                .queryParam("standard", standard)
                .queryParam("size", 500)
                .get("/tasks")
                .then()
                .statusCode(200)
                .body(
                        "items.id.findAll { it in " + groovyList(mine) + " }",
                        containsInAnyOrder(led, coOperated, foreign, community));
        as(leader)
                .body(progressJson(20, "领导"))
                .post("/tasks/" + led + "/progress")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(KeycloakTokens.forUser("inspector1"))
                .get("/tasks")
                .then()
                .statusCode(403);
        given().get("/tasks").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "dept-without-directory", roles = "department")
    @OidcSecurity(claims = @Claim(key = "unit", value = "TD-UNKNOWN-UNIT"))
    void aDepartmentOfNoTaskSeesNone() {
        given().get("/tasks").then().statusCode(200).body("total", equalTo(0));
    }

    private static String groovyList(List<String> ids) {
        return ids.stream()
                .map(i -> "'" + i + "'")
                .reduce((a, b) -> a + "," + b)
                .map(s -> "[" + s + "]")
                .orElse("[]");
    }
}
