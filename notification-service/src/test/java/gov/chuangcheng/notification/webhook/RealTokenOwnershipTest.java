package gov.chuangcheng.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With real Keycloak tokens: a service account's subscription belongs to its client id (the token's azp), another
 * client cannot see it, the office can.
 */
@QuarkusTest
class RealTokenOwnershipTest {

    @Test
    void aSubscriptionBelongsToTheClientOfTheTokenThatCreatedIt() throws Exception {
        String hotline = KeycloakTokens.forClient("hotline-12345", "hotline-12345-secret");
        String gateway = KeycloakTokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret");
        String office = KeycloakTokens.forUser("office1");
        try (Receiver receiver = new Receiver()) {
            String id = given().auth()
                    .oauth2(hotline)
                    .contentType("application/json")
                    .body(Map.of("name", "12345热线平台", "url", receiver.url()))
                    .post("/webhook-subscriptions")
                    .then()
                    .statusCode(201)
                    .body("owner", equalTo("hotline-12345"))
                    .extract()
                    .path("id");
            try {
                given().auth()
                        .oauth2(hotline)
                        .get("/webhook-subscriptions/" + id)
                        .then()
                        .statusCode(200);
                given().auth()
                        .oauth2(gateway)
                        .get("/webhook-subscriptions/" + id)
                        .then()
                        .statusCode(404);
                given().auth()
                        .oauth2(gateway)
                        .queryParam("size", 500)
                        .get("/webhook-subscriptions")
                        .then()
                        .statusCode(200)
                        .body("items.id", not(hasItem(id)));
                given().auth()
                        .oauth2(office)
                        .get("/webhook-subscriptions/" + id)
                        .then()
                        .statusCode(200)
                        .body("owner", equalTo("hotline-12345"));
                given().auth()
                        .oauth2(KeycloakTokens.forUser("cgj1"))
                        .get("/webhook-subscriptions/" + id)
                        .then()
                        .statusCode(403);
            } finally {
                given().auth()
                        .oauth2(hotline)
                        .header("If-Match", "*")
                        .delete("/webhook-subscriptions/" + id)
                        .then()
                        .statusCode(204);
            }
        }
    }
}
