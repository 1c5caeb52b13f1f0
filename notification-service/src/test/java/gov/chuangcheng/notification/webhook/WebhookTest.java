package gov.chuangcheng.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed webhooks to a real HTTP receiver, which checks the signature with its own HMAC code. */
@QuarkusTest
@TestSecurity(user = "office1", roles = "office")
class WebhookTest {

    record Received(String id, String timestamp, String signature, String body) {}

    /** What the receiver answers next: a status and an optional Retry-After; 204 when nothing is scripted. */
    record Answer(int status, String retryAfter) {}

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    WebhookFanOut fanOut;

    AdjustableClock clock;
    HttpServer receiver;
    final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    final Deque<Answer> script = new ConcurrentLinkedDeque<>();
    final List<String> subscriptions = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        clock = new AdjustableClock(Instant.now());
        QuarkusMock.installMockForType(clock, Clock.class);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(body, StandardCharsets.UTF_8)));
            Answer answer = script.poll();
            if (answer != null && answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            exchange.sendResponseHeaders(answer == null ? 204 : answer.status(), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        // later tests' events must not go to a receiver that is gone
        for (String id : subscriptions) {
            String etag = given().get("/webhook-subscriptions/" + id).header("ETag");
            given().header("If-Match", etag)
                    .delete("/webhook-subscriptions/" + id)
                    .then()
                    .statusCode(204);
        }
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private String subscribe(String eventType) {
        String id = given().contentType("application/json")
                .body(Map.of("name", "12345热线平台", "url", url(), "eventTypes", List.of(eventType)))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract()
                .path("id");
        subscriptions.add(id);
        return id;
    }

    private String publishOpened(String point) {
        OrderRef order = Fixtures.order("CGJ", "区城管局", point, EscalationLevel.NONE);
        return TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_OPENED,
                order.episodeKey(),
                Fixtures.opened(order),
                json);
    }

    private List<Received> receivedFor(String eventId) {
        synchronized (received) {
            return received.stream().filter(r -> r.body().contains(eventId)).toList();
        }
    }

    /** The receiver's own Standard Webhooks verification. */
    private static boolean verifies(String secret, Received r) throws Exception {
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(
                        mac.doFinal((r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
        for (String candidate : r.signature().split(" ")) {
            if (candidate.equals("v1," + expected)) {
                return true;
            }
        }
        return false;
    }

    /** A field of the delivery of {@code eventId} in the subscription's delivery log. */
    private String status(String subscription, String deliveryField, String eventId) {
        Object value = given().queryParam("size", 500)
                .get("/webhook-subscriptions/" + subscription + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .path("items.find { it.sourceEventId == '" + eventId + "' }." + deliveryField);
        return String.valueOf(value);
    }

    @Test
    void aSubscribedSystemGetsSignedEventsRetriedOnServerErrorsButNotOnClientErrors() throws Exception {
        String secret = WebhookSignature.newSecret();
        String id = given().contentType("application/json")
                .body(Map.of(
                        "name",
                        "数字城管",
                        "url",
                        url(),
                        "eventTypes",
                        List.of("cc.rectification.opened.v1"),
                        "secret",
                        secret))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .body("secret", equalTo(secret))
                .extract()
                .path("id");
        subscriptions.add(id);
        given().get("/webhook-subscriptions/" + id).then().statusCode(200).body("secret", equalTo(null));

        try (KafkaEvents sent = new KafkaEvents(topics.of(Topic.NOTIFICATIONS))) {
            // delivered at once, signed
            String first = publishOpened("东风路口" + Fixtures.suffix());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receivedFor(first).size() == 1);
            Received r = receivedFor(first).get(0);
            assertTrue(verifies(secret, r), "signature " + r.signature());
            assertEquals(clock.instant().getEpochSecond(), Long.parseLong(r.timestamp()));
            JsonNode body = json.readTree(r.body());
            assertEquals("cc.rectification.opened.v1", body.get("type").asText());
            assertEquals("区城管局", body.get("data").get("order").get("unitName").asText());
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> status(id, "status", first).equals("DELIVERED"));
            assertEquals(r.id(), status(id, "id", first));
            JsonNode event = json.readTree(sent.await(KafkaEvents.withKey(id), 1, Duration.ofSeconds(30))
                    .get(0)
                    .value());
            assertEquals("WEBHOOK", event.get("channel").asText());
            assertEquals(r.id(), event.get("notificationId").asText());

            // 503 with Retry-After: retried no sooner than asked, with the same webhook-id
            script.add(new Answer(503, "120"));
            String second = publishOpened("西湖路口" + Fixtures.suffix());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> receivedFor(second).size() == 1);
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> status(id, "lastStatus", second).equals("503"));
            assertEquals("PENDING", status(id, "status", second));
            clock.advance(Duration.ofSeconds(100));
            dispatcher.sendDue();
            assertEquals(1, receivedFor(second).size());
            clock.advance(Duration.ofSeconds(21));
            dispatcher.sendDue();
            assertEquals(2, receivedFor(second).size());
            assertEquals(
                    receivedFor(second).get(0).id(), receivedFor(second).get(1).id());
            assertTrue(verifies(secret, receivedFor(second).get(1)));
            assertEquals("DELIVERED", status(id, "status", second));
            assertEquals("2", status(id, "attempts", second));

            // 400: the request itself is wrong, it is never repeated
            script.add(new Answer(400, null));
            String third = publishOpened("南湖路口" + Fixtures.suffix());
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> status(id, "status", third).equals("FAILED"));
            clock.advance(Duration.ofDays(1));
            dispatcher.sendDue();
            assertEquals(1, receivedFor(third).size());

            // the same event again is not posted again
            assertEquals(
                    0,
                    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                            .call(() -> fanOut.enqueue(gov.chuangcheng.notification.routing.RoutedEvents.facts(
                                    third,
                                    "cc.rectification.opened.v1",
                                    Fixtures.opened(Fixtures.order("CGJ", "区城管局", "x", EscalationLevel.NONE))))));
        }
    }

    @Test
    void anAttachedFindingReachesSubscriptionsToItsTypeAndToEveryType() throws Exception {
        String everything = given().contentType("application/json")
                .body(Map.of("name", "区政务平台", "url", url()))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        subscriptions.add(everything);
        String typed = subscribe("cc.rectification.evidence-added.v1");
        String openedOnly = subscribe("cc.rectification.opened.v1");
        OrderRef order = Fixtures.order("CGJ", "区城管局", "补充线索路口" + Fixtures.suffix(), EscalationLevel.NONE);
        String event = TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_EVIDENCE_ADDED,
                order.episodeKey(),
                Fixtures.evidenceAdded(order, 3, true),
                json);

        await().atMost(Duration.ofSeconds(30)).until(() -> receivedFor(event).size() == 2);
        for (Received r : receivedFor(event)) {
            JsonNode body = json.readTree(r.body());
            assertEquals("cc.rectification.evidence-added.v1", body.get("type").asText());
            assertEquals(3, body.get("data").get("reports").asInt());
            assertTrue(body.get("data").get("priorityVerification").asBoolean());
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> status(everything, "status", event).equals("DELIVERED")
                        && status(typed, "status", event).equals("DELIVERED"));
        // the deliveries of one event are made in one transaction: a subscription without one now gets none
        assertEquals("null", status(openedOnly, "status", event));
    }

    /** The test schedule is 1 s, 2 s, 3 s (±10 %): a receiver failing twice gets the event on the third attempt. */
    @Test
    void aReceiverThatFailsTwiceGetsExactlyOneSuccessfulDeliveryWithTheSameId() {
        String id = subscribe("cc.rectification.opened.v1");
        script.add(new Answer(500, null));
        script.add(new Answer(503, null));
        String event = publishOpened("重试路口" + Fixtures.suffix());
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedFor(event).size() == 1);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> status(id, "lastStatus", event).equals("500"));
        dispatcher.sendDue();
        assertEquals(1, receivedFor(event).size(), "not before its pause");
        clock.advance(Duration.ofMillis(1200));
        dispatcher.sendDue();
        assertEquals(2, receivedFor(event).size());
        clock.advance(Duration.ofMillis(2300));
        dispatcher.sendDue();
        assertEquals(3, receivedFor(event).size());
        assertEquals("DELIVERED", status(id, "status", event));
        clock.advance(Duration.ofDays(3));
        dispatcher.sendDue();
        List<Received> all = receivedFor(event);
        assertEquals(3, all.size(), "delivered once, never again");
        assertEquals(1, all.stream().map(Received::id).distinct().count(), "one webhook-id on every attempt");
    }

    @Test
    void aDeliveryFailsForGoodWhenTheScheduleIsUsedUp() {
        String id = subscribe("cc.rectification.opened.v1");
        for (int i = 0; i < 4; i++) {
            script.add(new Answer(502, null));
        }
        String event = publishOpened("失败路口" + Fixtures.suffix());
        await().atMost(Duration.ofSeconds(30)).until(() -> receivedFor(event).size() == 1);
        for (int attempt = 2; attempt <= 4; attempt++) {
            clock.advance(Duration.ofSeconds(4));
            dispatcher.sendDue();
            assertEquals(attempt, receivedFor(event).size());
        }
        assertEquals("FAILED", status(id, "status", event));
        clock.advance(Duration.ofDays(3));
        dispatcher.sendDue();
        assertEquals(4, receivedFor(event).size(), "1 + the 3 scheduled retries of the test configuration");
    }

    @Test
    void aGoneReceiverDisablesTheSubscription() {
        String id = subscribe("cc.rectification.opened.v1");
        script.add(new Answer(410, null));
        String event = publishOpened("北湖路口" + Fixtures.suffix());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/webhook-subscriptions/" + id)
                        .then()
                        .statusCode(200)
                        .body("active", equalTo(false))
                        .body("disabledReason", startsWith("the receiver answered 410")));
        assertEquals("ABANDONED", status(id, "status", event));
        assertEquals(1, receivedFor(event).size());
        String later = publishOpened("北湖路口" + Fixtures.suffix());
        clock.advance(Duration.ofDays(1));
        dispatcher.sendDue();
        assertEquals(0, receivedFor(later).size());
    }

    @Test
    void internalTargetsAndBadInputAreRefused() {
        for (String target : List.of(
                "http://169.254.169.254/latest/meta-data/",
                "http://localhost:8084/hook",
                "http://10.0.0.1/hook",
                "ftp://example.org/hook")) {
            given().contentType("application/json")
                    .body(Map.of("name", "x", "url", target))
                    .post("/webhook-subscriptions")
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem("url"));
        }
        given().contentType("application/json")
                .body(Map.of("name", "x", "url", url(), "secret", "geheim"))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("secret"));
        given().contentType("application/json")
                .body(Map.of("name", "x", "url", url(), "eventTypes", List.of("cc.nothing.v1")))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("eventTypes"));
        given().contentType("application/json")
                .body(Map.of("url", url()))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(400);
    }

    @Test
    @TestSecurity(user = "cgj1", roles = "department")
    void departmentsCannotSubscribe() {
        given().contentType("application/json")
                .body(Map.of("name", "x", "url", url()))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(403);
        given().get("/webhook-subscriptions").then().statusCode(403);
    }
}
