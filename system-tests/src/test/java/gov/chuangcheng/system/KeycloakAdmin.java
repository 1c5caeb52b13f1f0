package gov.chuangcheng.system;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * The Keycloak admin API (bootstrap admin of the local server) for what a test cannot get from the realm as it is:
 * a token of another issuer (the master realm) and a genuine token that has expired (from a client of the test's own
 * with a one-second token lifespan, removed again at the end).
 */
final class KeycloakAdmin implements AutoCloseable {

    private static final String BASE = "http://127.0.0.1:8180";
    private final String clientId =
            "st-expiring-" + UUID.randomUUID().toString().substring(0, 8);
    private final String secret = UUID.randomUUID().toString();
    private String clientUuid;

    /** A token of the master realm's admin: genuine, signed by Keycloak, but not of realm chuangcheng. */
    String masterToken() {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", "admin")
                .formParam("password", "admin")
                .post(BASE + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A genuine realm token for the API's audience whose lifetime is over. */
    String expiredToken(String username) {
        String admin = masterToken();
        var created = RestAssured.given()
                .auth()
                .oauth2(admin)
                .contentType("application/json")
                .body("""
                        {"clientId":"%s","enabled":true,"publicClient":false,"secret":"%s",
                         "standardFlowEnabled":false,"directAccessGrantsEnabled":true,
                         "attributes":{"access.token.lifespan":"1"},
                         "protocolMappers":[{"name":"aud","protocol":"openid-connect","protocolMapper":"oidc-audience-mapper",
                           "config":{"included.client.audience":"chuangcheng-api","access.token.claim":"true"}}]}
                        """.formatted(clientId, secret))
                .post(BASE + "/admin/realms/chuangcheng/clients");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot create the expiring client: " + created.asString());
        }
        String location = created.header("Location");
        clientUuid = location.substring(location.lastIndexOf('/') + 1);
        String token = RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .formParam("username", username)
                .formParam("password", username)
                .post(BASE + "/realms/chuangcheng/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        long exp = Long.parseLong(claim(token, "exp"));
        // wait for the token's own expiry time to pass (plus a second for clock granularity)
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> Instant.now().getEpochSecond() > exp + 1);
        return token;
    }

    private static String claim(String token, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("\"" + name + "\":(\\d+)").matcher(payload);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + payload);
        }
        return m.group(1);
    }

    @Override
    public void close() {
        if (clientUuid != null) {
            RestAssured.given()
                    .auth()
                    .oauth2(masterToken())
                    .delete(BASE + "/admin/realms/chuangcheng/clients/" + clientUuid);
        }
    }
}
