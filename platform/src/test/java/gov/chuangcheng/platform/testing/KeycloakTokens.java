package gov.chuangcheng.platform.testing;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Assumptions;

/**
 * Real access tokens from the running Keycloak (realm {@code chuangcheng}, started by {@code scripts/infra.sh}).
 * Seed users have their username as password. When Keycloak cannot be reached, the calling test is skipped — except
 * under {@code -Dcc.require-keycloak=true} (CI), where it fails, so that a real-token test is never skipped silently.
 */
public final class KeycloakTokens {

    public static final String REALM_URL =
            System.getProperty("cc.keycloak.url", "http://127.0.0.1:8180") + "/realms/chuangcheng";
    private static final String TOKEN_URL = REALM_URL + "/protocol/openid-connect/token";

    private KeycloakTokens() {}

    /** Password grant through the {@code chuangcheng-web} client for a seed user. */
    public static String forUser(String username) {
        return token(RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "chuangcheng-web")
                .formParam("client_secret", "chuangcheng-web-secret")
                .formParam("username", username)
                .formParam("password", username)
                .formParam("scope", "openid"));
    }

    /**
     * A genuine token of the realm that was not issued for this API: Keycloak's built-in {@code admin-cli} client has
     * no audience mapper, so the token lacks {@code chuangcheng-api} in {@code aud}. Services must refuse it.
     */
    public static String withoutApiAudience(String username) {
        return token(RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", username)
                .formParam("password", username));
    }

    /** Client-credentials grant for an integration client (other government systems). */
    public static String forClient(String clientId, String secret) {
        return token(RestAssured.given()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret));
    }

    private static String token(io.restassured.specification.RequestSpecification request) {
        Response response;
        try {
            response = request.when().post(TOKEN_URL);
        } catch (Exception e) { // RestAssured rethrows ConnectException unchecked-ly
            unavailable("Keycloak at " + TOKEN_URL + " is not reachable: " + e);
            return null;
        }
        if (response.statusCode() != 200) {
            throw new AssertionError("token request failed: " + response.statusCode() + " " + response.asString());
        }
        return response.jsonPath().getString("access_token");
    }

    private static void unavailable(String why) {
        if (Boolean.getBoolean("cc.require-keycloak")) {
            throw new AssertionError(why + " (cc.require-keycloak=true: real-token tests must run)");
        }
        Assumptions.abort(why);
    }
}
