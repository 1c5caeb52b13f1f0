package gov.chuangcheng.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every error of the API is an RFC 9457 problem with the right status and the field that is wrong. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void malformedJsonIs400NotServerError() {
        given().contentType("application/json")
                .body("{\"code\": \"A\", \"name\": ")
                .post("/samples")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void wrongTypeNamesTheField() {
        given().contentType("application/json")
                .body("{\"code\":\"A\",\"name\":\"n\",\"rank\":\"first\"}")
                .post("/samples")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("rank"));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void validationErrorsListEveryWrongField() {
        given().contentType("application/json")
                .body("{\"code\":\"\",\"name\":\"" + "长".repeat(21) + "\"}")
                .post("/samples")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(Problem.TYPE_BASE + "validation"))
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void invalidQueryParameterIsNamed() {
        given().queryParam("size", 0)
                .get("/samples/page")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void queryParametersOfTheWrongTypeAre400NamingTheParameterNot404() {
        given().queryParam("size", "abc")
                .get("/samples/page")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"));
        given().queryParam("size", 5)
                .queryParam("overdue", "maybe")
                .get("/samples/page")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("overdue"));
        given().queryParam("size", 5)
                .queryParam("radius", "NaN")
                .get("/samples/page")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("radius"));
        given().queryParam("size", 5)
                .queryParam("overdue", "TRUE")
                .queryParam("radius", "2.5")
                .get("/samples/page")
                .then()
                .statusCode(200)
                .body("size", equalTo(5))
                .body("overdue", equalTo(true))
                .body("radius", equalTo(2.5f));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void unknownIdIs404Problem() {
        given().get("/samples/987654321")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("987654321"))
                .body("instance", equalTo("/samples/987654321"));
    }

    @Test
    void missingTokenIs401Problem() {
        given().get("/samples/1")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void garbageTokenIs401Problem() {
        given().auth()
                .oauth2("not-a-token")
                .get("/samples/1")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "inspector1", roles = "inspector")
    void missingRoleIs403Problem() {
        given().contentType("application/json")
                .body("{\"code\":\"A\",\"name\":\"n\"}")
                .post("/samples")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void staleIfMatchIs412AndMissingIs428() {
        String code = "V-" + UUID.randomUUID().toString().substring(0, 8);
        int id = given().contentType("application/json")
                .body("{\"code\":\"" + code + "\",\"name\":\"a\"}")
                .post("/samples")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String body = "{\"code\":\"" + code + "\",\"name\":\"b\"}";
        given().contentType("application/json")
                .body(body)
                .put("/samples/" + id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/samples/" + id)
                .then()
                .statusCode(200);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(body)
                .put("/samples/" + id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void unknownPathIs404Problem() {
        given().get("/no-such-thing").then().statusCode(404).contentType("application/problem+json");
    }
}
