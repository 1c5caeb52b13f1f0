package gov.chuangcheng.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A rotated secret: during the overlap every delivery carries two signatures and a receiver holding either secret
 * accepts it (checked with the receiver's own HMAC code); afterwards only the new secret signs.
 */
@QuarkusTest
@TestSecurity(user = "office1", roles = "office")
class SecretRotationTest {

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    AdjustableClock clock;
    Receiver receiver;
    String subscription;

    @BeforeEach
    void start() throws Exception {
        clock = new AdjustableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        QuarkusMock.installMockForType(clock, Clock.class);
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        if (subscription != null) {
            given().header("If-Match", "*")
                    .delete("/webhook-subscriptions/" + subscription)
                    .then()
                    .statusCode(204);
        }
    }

    private String publishOpened() {
        OrderRef order = Fixtures.order("CGJ", "区城管局", "轮换路口" + Fixtures.suffix(), EscalationLevel.NONE);
        return TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_OPENED,
                order.episodeKey(),
                Fixtures.opened(order),
                json);
    }

    private Receiver.Received deliveredOnce(String event) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.receivedFor(event).size() == 1);
        return receiver.receivedFor(event).get(0);
    }

    private String etag() {
        return given().get("/webhook-subscriptions/" + subscription)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @Test
    void duringTheOverlapBothSecretsVerifyAndAfterItOnlyTheNewOne() {
        String oldSecret = WebhookSignature.newSecret();
        subscription = given().contentType("application/json")
                .body(Map.of(
                        "name",
                        "12345热线平台",
                        "url",
                        receiver.url(),
                        "eventTypes",
                        List.of("cc.rectification.opened.v1"),
                        "secret",
                        oldSecret))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        Receiver.Received before = deliveredOnce(publishOpened());
        assertEquals(1, before.signatures().size());
        assertTrue(Receiver.verifies(oldSecret, before));

        // a rotation needs the ETag
        given().contentType("application/json")
                .post("/webhook-subscriptions/" + subscription + "/rotate-secret")
                .then()
                .statusCode(428);
        ExtractableResponse<Response> rotated = given().header("If-Match", etag())
                .contentType("application/json")
                .post("/webhook-subscriptions/" + subscription + "/rotate-secret")
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .body(
                        "previousSecretExpiresAt",
                        equalTo(clock.instant().plus(Duration.ofHours(24)).toString()))
                .extract();
        String newSecret = rotated.path("secret");
        assertNotEquals(oldSecret, newSecret);
        given().get("/webhook-subscriptions/" + subscription).then().body("secret", nullValue());

        Receiver.Received during = deliveredOnce(publishOpened());
        assertEquals(2, during.signatures().size(), during.signature());
        assertTrue(during.signature().matches("v1,[A-Za-z0-9+/=]+ v1,[A-Za-z0-9+/=]+"), during.signature());
        assertTrue(Receiver.verifies(oldSecret, during), "a receiver still on the old secret accepts it");
        assertTrue(Receiver.verifies(newSecret, during), "a receiver already on the new secret accepts it");
        assertFalse(Receiver.verifies(WebhookSignature.newSecret(), during), "any other secret does not verify");

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        given().get("/webhook-subscriptions/" + subscription).then().body("previousSecretExpiresAt", nullValue());
        Receiver.Received after = deliveredOnce(publishOpened());
        assertEquals(1, after.signatures().size());
        assertTrue(Receiver.verifies(newSecret, after));
        assertFalse(Receiver.verifies(oldSecret, after), "the old secret expired with the overlap");
    }

    @Test
    void aRotationMayChooseTheSecretAndTheOverlapAndBadValuesAreRefused() {
        subscription = given().contentType("application/json")
                .body(Map.of(
                        "name", "数字城管", "url", receiver.url(), "eventTypes", List.of("cc.rectification.opened.v1")))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String first = given().header("If-Match", etag())
                .contentType("application/json")
                .body(Map.of("overlap", "PT1H"))
                .post("/webhook-subscriptions/" + subscription + "/rotate-secret")
                .then()
                .statusCode(200)
                .body(
                        "previousSecretExpiresAt",
                        equalTo(clock.instant().plus(Duration.ofHours(1)).toString()))
                .extract()
                .path("secret");

        String path = "/webhook-subscriptions/" + subscription + "/rotate-secret";
        for (Map<String, Object> bad :
                List.<Map<String, Object>>of(Map.of("overlap", "P8D"), Map.of("overlap", "-PT1H"))) {
            given().header("If-Match", etag())
                    .contentType("application/json")
                    .body(bad)
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("overlap"));
        }
        for (String bad : List.of("", "geheim", "whsec_c2hvcnQ=", first)) {
            given().header("If-Match", etag())
                    .contentType("application/json")
                    .body(Map.of("secret", bad))
                    .post(path)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("secret"));
        }
        given().header("If-Match", "\"0\"")
                .contentType("application/json")
                .body(Map.of())
                .post(path)
                .then()
                .statusCode(412);

        // PT0S revokes the previous secret at once
        String chosen = WebhookSignature.newSecret();
        given().header("If-Match", etag())
                .contentType("application/json")
                .body(Map.of("secret", chosen, "overlap", "PT0S"))
                .post(path)
                .then()
                .statusCode(200)
                .body("secret", equalTo(chosen))
                .body("previousSecretExpiresAt", nullValue());
        Receiver.Received r = deliveredOnce(publishOpened());
        assertEquals(1, r.signatures().size());
        assertTrue(Receiver.verifies(chosen, r));
        assertFalse(Receiver.verifies(first, r));
    }
}
