package gov.chuangcheng.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad subscription input answers application/problem+json 400 naming the field, and stores nothing — on create and on
 * replace.
 */
@QuarkusTest
@TestSecurity(user = "office1", roles = "office")
class SubscriptionValidationTest {

    Receiver receiver;
    final List<String> created = new ArrayList<>();

    record Bad(String field, Map<String, Object> change) {}

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        for (String id : created) {
            given().header("If-Match", "*")
                    .delete("/webhook-subscriptions/" + id)
                    .then()
                    .statusCode(204);
        }
    }

    private Map<String, Object> valid(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("url", receiver.url());
        body.put("eventTypes", List.of("cc.rectification.opened.v1"));
        return body;
    }

    private static List<Bad> bad() {
        String shortKey = "whsec_" + Base64.getEncoder().encodeToString(new byte[16]);
        List<Bad> bad = new ArrayList<>();
        for (String url : List.of(
                "http://exa mple.org/hook",
                "not a url",
                "example.org/hook",
                "ftp://example.org/hook",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "mailto:ops@example.org",
                "http://user:pw@example.org/",
                "http:///hook",
                "",
                " ")) {
            bad.add(new Bad("url", Map.of("url", url)));
        }
        bad.add(new Bad("eventTypes", Map.of("eventTypes", List.of("cc.nothing.v1"))));
        bad.add(new Bad("eventTypes", Map.of("eventTypes", List.of("cc.unit.upserted.v1"))));
        bad.add(new Bad("eventTypes", Map.of("eventTypes", List.of("cc.webhook-subscription.disabled.v1"))));
        bad.add(new Bad("secret", Map.of("secret", "")));
        bad.add(new Bad("secret", Map.of("secret", "geheim")));
        bad.add(new Bad("secret", Map.of("secret", shortKey)));
        bad.add(new Bad("secret", Map.of("secret", "whsec_not base64!")));
        bad.add(new Bad("unitCodes", Map.of("unitCodes", List.of("NO-SUCH-UNIT"))));
        bad.add(new Bad("unitCodes", Map.of("unitCodes", List.of(""))));
        bad.add(new Bad("name", Map.of("name", "")));
        bad.add(new Bad("owner", Map.of("owner", " ")));
        return bad;
    }

    private static long stored() {
        return QuarkusTransaction.requiringNew().call(() -> WebhookSubscription.count());
    }

    @Test
    void badInputOnCreateIsRefusedWithTheFieldAndNothingIsStored() {
        for (Bad b : bad()) {
            long before = stored();
            String name = "坏订阅-" + b.field() + "-" + b.change().values();
            Map<String, Object> body = valid(name);
            body.putAll(b.change());
            given().contentType("application/json")
                    .body(body)
                    .post("/webhook-subscriptions")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("title", equalTo("Invalid request"))
                    .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith(b.field())));
            assertEquals(before, stored(), b.toString());
            given().queryParam("size", 500)
                    .get("/webhook-subscriptions")
                    .then()
                    .statusCode(200)
                    .body("items.name", not(hasItem(name)));
        }
        // a malformed body names nothing it could not read, and stores nothing either
        long before = stored();
        given().contentType("application/json")
                .body("{\"name\":")
                .post("/webhook-subscriptions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(before, stored());
    }

    @Test
    void badInputOnReplaceIsRefusedAndTheSubscriptionIsUnchanged() {
        String id = given().contentType("application/json")
                .body(valid("有效订阅"))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        created.add(id);
        for (Bad b : bad()) {
            Map<String, Object> body = valid("改坏的订阅");
            body.putAll(b.change());
            given().contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body(body)
                    .put("/webhook-subscriptions/" + id)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(org.hamcrest.Matchers.startsWith(b.field())));
        }
        given().get("/webhook-subscriptions/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("name", equalTo("有效订阅"))
                .body("url", equalTo(receiver.url()));
    }

    @Test
    void severalBadFieldsAreReportedTogether() {
        Map<String, Object> body = valid("多处错误");
        body.put("url", "ftp://example.org/hook");
        body.put("eventTypes", List.of("cc.nothing.v1"));
        body.put("unitCodes", List.of("NO-SUCH-UNIT"));
        body.put("secret", "geheim");
        given().contentType("application/json")
                .body(body)
                .post("/webhook-subscriptions")
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder("url", "eventTypes", "unitCodes", "secret"))
                .body("detail", containsString("4 fields are invalid"));
    }
}
