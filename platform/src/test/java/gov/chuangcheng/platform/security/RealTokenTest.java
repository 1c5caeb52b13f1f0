package gov.chuangcheng.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Real tokens from the running Keycloak: the unit claim arrives, the audience is checked, roles are enforced. */
@QuarkusTest
class RealTokenTest {

    @Test
    void departmentTokenCarriesItsUnit() {
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .get("/samples/whoami")
                .then()
                .statusCode(200)
                .body("username", equalTo("cgj1"))
                .body("unit", equalTo("CGJ"))
                .body("seesAllUnits", equalTo(false));
    }

    @Test
    void officeSeesAllUnitsAndDepartmentMayNotWrite() {
        given().auth()
                .oauth2(KeycloakTokens.forUser("office1"))
                .get("/samples/whoami")
                .then()
                .statusCode(200)
                .body("seesAllUnits", equalTo(true));
        given().auth()
                .oauth2(KeycloakTokens.forUser("scjgj1"))
                .contentType("application/json")
                .body("{\"code\":\"X\",\"name\":\"n\"}")
                .post("/samples")
                .then()
                .statusCode(403);
    }

    @Test
    void serviceAccountTokenIsAccepted() {
        given().auth()
                .oauth2(KeycloakTokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret"))
                .get("/samples/whoami")
                .then()
                .statusCode(200)
                .body("unit", equalTo(""));
    }

    @Test
    void tokenOfTheRealmIssuedForAnotherAudienceIsRefused() {
        given().auth()
                .oauth2(KeycloakTokens.withoutApiAudience("office1"))
                .get("/samples/whoami")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }
}
