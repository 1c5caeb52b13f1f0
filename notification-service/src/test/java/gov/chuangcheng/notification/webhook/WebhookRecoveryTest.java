package gov.chuangcheng.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.notification.message.Notification;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A failing endpoint is disabled automatically and the office is told (inbox and real mail); the office re-enables it
 * and replays its dead letters, one by one or in bulk, with the same webhook-id; the log keeps every attempt; an
 * integration client replays only its own deliveries. The test schedule is 1 s, 2 s, 3 s; an endpoint is disabled
 * after 1 h of failures and at least 3 failed attempts in a row.
 */
@QuarkusTest
@TestSecurity(user = "office1", roles = "office")
class WebhookRecoveryTest {

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    UnitDirectory directory;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    SubscriptionService service;

    AdjustableClock clock;
    Receiver receiver;
    final List<UUID> created = new ArrayList<>();
    final List<String> units = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        clock = new AdjustableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        QuarkusMock.installMockForType(clock, Clock.class);
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        Fixtures.retire(topics, json, directory, units.toArray(String[]::new));
        for (UUID id : created) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (WebhookSubscription.findById(id) != null) {
                    service.delete(new Caller("office1", true), id, "*");
                }
            });
        }
    }

    private String subscribe(String name) {
        String id = given().contentType("application/json")
                .body(Map.of("name", name, "url", receiver.url(), "eventTypes", List.of("cc.rectification.opened.v1")))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        created.add(UUID.fromString(id));
        return id;
    }

    private String publishOpened() {
        OrderRef order = Fixtures.order("CGJ", "区城管局", "恢复路口" + Fixtures.suffix(), EscalationLevel.NONE);
        return TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_OPENED,
                order.episodeKey(),
                Fixtures.opened(order),
                json);
    }

    private static WebhookDelivery delivery(String subscription, String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> WebhookDelivery.<WebhookDelivery>find(
                                "subscriptionId = ?1 and sourceEventId = ?2", UUID.fromString(subscription), eventId)
                        .firstResultOptional()
                        .orElse(null));
    }

    private static WebhookDelivery.Status status(String subscription, String eventId) {
        WebhookDelivery d = delivery(subscription, eventId);
        return d == null ? null : d.status;
    }

    /** Lets every due attempt run, {@code step} apart, until the delivery is no longer pending. */
    private void exhaust(String subscription, String eventId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> delivery(subscription, eventId) != null && delivery(subscription, eventId).attempts >= 1);
        for (int i = 0; i < 10 && status(subscription, eventId) == WebhookDelivery.Status.PENDING; i++) {
            clock.advance(Duration.ofSeconds(4));
            dispatcher.sendDue();
        }
    }

    @Test
    void anEndpointFailingForAnHourIsDisabledTheOfficeIsToldAndItsDeadLettersAreReplayedAfterReEnabling()
            throws Exception {
        String s = Fixtures.suffix();
        String officeUser = "office-" + s.toLowerCase();
        String officeMail = Fixtures.address("ccb");
        units.add("CCB-" + s);
        Fixtures.unit(
                topics,
                json,
                directory,
                "CCB-" + s,
                "区创城办" + s,
                UnitKind.CAMPAIGN_OFFICE,
                Fixtures.contact("创城办值班", ContactRole.LIAISON, officeMail, officeUser));
        String id = subscribe("数字城管" + s);
        receiver.answerFromNowOn(500);

        // four failed attempts within seconds: failing, but not for an hour yet
        String first = publishOpened();
        exhaust(id, first);
        assertEquals(WebhookDelivery.Status.FAILED, status(id, first));
        given().get("/webhook-subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(true))
                .body("consecutiveFailures", equalTo(4))
                .body("failingSince", equalTo(clock.instant().minusSeconds(12).toString()));

        // an hour later the next failure disables it
        clock.advance(Duration.ofHours(1));
        String second = publishOpened();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/webhook-subscriptions/" + id)
                        .then()
                        .statusCode(200)
                        .body("active", equalTo(false))
                        .body("disabledReason", startsWith("every attempt failed since"))
                        .body("disabledAt", equalTo(clock.instant().toString()))
                        .body("consecutiveFailures", equalTo(5)));
        assertEquals(4, receiver.receivedFor(first).size());
        assertEquals(1, receiver.receivedFor(second).size());

        // the office hears of it by inbox and by mail, once
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Fixtures.mailbox(officeMail, json).size() == 1);
        Fixtures.ReceivedMail mail = Fixtures.mailbox(officeMail, json).get(0);
        assertEquals("【推送停用】外部系统推送订阅「数字城管" + s + "」已自动停用", mail.subject());
        assertTrue(mail.body().contains("推送全部失败（连续 5 次）"), mail.body());
        assertTrue(mail.body().contains("订阅方：office1"), mail.body());
        List<Notification> inbox = QuarkusTransaction.requiringNew()
                .call(() ->
                        Notification.list("recipient = ?1 and channel = ?2", officeUser, NotificationChannel.INBOX));
        assertEquals(1, inbox.size());
        assertEquals("cc.webhook-subscription.disabled.v1", inbox.get(0).sourceEventType);
        assertTrue(inbox.get(0).body.contains(receiver.url()), inbox.get(0).body);

        // disabled: its queued delivery is abandoned, new events are not even queued
        clock.advance(Duration.ofSeconds(4));
        dispatcher.sendDue();
        assertEquals(WebhookDelivery.Status.ABANDONED, status(id, second));
        String third = publishOpened();
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.routed(third));
        assertEquals(null, status(id, third));
        given().contentType("application/json")
                .post("/webhook-subscriptions/" + id + "/replay")
                .then()
                .statusCode(409);

        // re-enabled through the API: a fresh start
        receiver.answerFromNowOn(204);
        String etag =
                given().get("/webhook-subscriptions/" + id).then().extract().header("ETag");
        given().contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of(
                        "name",
                        "数字城管" + s,
                        "url",
                        receiver.url(),
                        "eventTypes",
                        List.of("cc.rectification.opened.v1"),
                        "active",
                        true))
                .put("/webhook-subscriptions/" + id)
                .then()
                .statusCode(200)
                .body("active", equalTo(true))
                .body("disabledReason", nullValue())
                .body("disabledAt", nullValue())
                .body("consecutiveFailures", equalTo(0))
                .body("failingSince", nullValue());

        // its dead letters replayed in bulk, with the webhook-ids the receiver saw before
        String firstId = receiver.receivedFor(first).get(0).id();
        String secondId = receiver.receivedFor(second).get(0).id();
        // since: only the dead letters of the last half hour (the second); then all of them (the first is left)
        given().contentType("application/json")
                .queryParam(
                        "since", clock.instant().minus(Duration.ofMinutes(30)).toString())
                .post("/webhook-subscriptions/" + id + "/replay")
                .then()
                .statusCode(202)
                .body("replayed", equalTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id, second) == WebhookDelivery.Status.DELIVERED);
        assertEquals(WebhookDelivery.Status.FAILED, status(id, first));
        given().contentType("application/json")
                .post("/webhook-subscriptions/" + id + "/replay")
                .then()
                .statusCode(202)
                .body("replayed", equalTo(1));
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id, first) == WebhookDelivery.Status.DELIVERED);
        List<Receiver.Received> firstPosts = receiver.receivedFor(first);
        assertEquals(5, firstPosts.size(), "4 failed attempts, then the replay");
        assertTrue(firstPosts.stream().allMatch(r -> r.id().equals(firstId)), "one webhook-id, replay included");
        assertEquals(
                secondId,
                receiver.receivedFor(second)
                        .get(receiver.receivedFor(second).size() - 1)
                        .id());

        // the log keeps every attempt of both rounds
        given().get("/webhook-deliveries/" + firstId)
                .then()
                .statusCode(200)
                .body("delivery.status", equalTo("DELIVERED"))
                .body("delivery.replays", equalTo(1))
                .body("delivery.replayedBy", equalTo("office1"))
                .body("delivery.attempts", equalTo(1))
                .body("attempts.size()", equalTo(5))
                .body("attempts.round", equalTo(List.of(0, 0, 0, 0, 1)))
                .body("attempts.attempt", equalTo(List.of(1, 2, 3, 4, 1)))
                .body("attempts.outcome", equalTo(List.of("RETRY", "RETRY", "RETRY", "FAILED", "DELIVERED")))
                .body("attempts.status", equalTo(List.of(500, 500, 500, 500, 204)));
        // nothing left to replay
        given().contentType("application/json")
                .post("/webhook-subscriptions/" + id + "/replay")
                .then()
                .statusCode(202)
                .body("replayed", equalTo(0));
    }

    @Test
    void aGoneReceiverTellsTheOfficeTooAndTheReplayOfItsAbandonedDeliveryWaitsForReEnabling() {
        String s = Fixtures.suffix();
        String officeUser = "office-" + s.toLowerCase();
        units.add("CCB-" + s);
        Fixtures.unit(
                topics,
                json,
                directory,
                "CCB-" + s,
                "区创城办" + s,
                UnitKind.CAMPAIGN_OFFICE,
                Fixtures.contact("创城办值班", ContactRole.LIAISON, null, officeUser));
        String id = subscribe("已注销系统" + s);
        receiver.answer(410);
        String event = publishOpened();
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id, event) == WebhookDelivery.Status.ABANDONED);
        given().get("/webhook-subscriptions/" + id)
                .then()
                .body("active", equalTo(false))
                .body("disabledAt", equalTo(clock.instant().toString()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> QuarkusTransaction.requiringNew()
                                .call(() -> Notification.count(
                                        "recipient = ?1 and sourceEventType = ?2",
                                        officeUser,
                                        "cc.webhook-subscription.disabled.v1"))
                        == 1);
        Notification notice = QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>find(
                                "recipient = ?1 and sourceEventType = ?2",
                                officeUser,
                                "cc.webhook-subscription.disabled.v1")
                        .firstResult());
        assertTrue(notice.body.contains("因接收方返回 410 Gone，表示该地址已注销"), notice.body);
        String webhookId = receiver.receivedFor(event).get(0).id();
        given().post("/webhook-deliveries/" + webhookId + "/replay")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aSingleDeliveryIsReplayedWithItsWebhookIdButNotWhileItIsStillQueued() {
        String id = subscribe("12345热线平台");
        String secret = given().header("If-Match", "*")
                .contentType("application/json")
                .body(Map.of("overlap", "PT0S"))
                .post("/webhook-subscriptions/" + id + "/rotate-secret")
                .then()
                .statusCode(200)
                .extract()
                .path("secret");
        receiver.answer(400);
        String event = publishOpened();
        await().atMost(Duration.ofSeconds(30)).until(() -> status(id, event) == WebhookDelivery.Status.FAILED);
        String webhookId = receiver.receivedFor(event).get(0).id();

        receiver.answer(503);
        given().post("/webhook-deliveries/" + webhookId + "/replay")
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("replays", equalTo(1))
                .body("attempts", equalTo(0));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.receivedFor(event).size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(503).equals(delivery(id, event).lastStatus));
        // retried on the schedule of its new round: a second replay now would only double it
        given().post("/webhook-deliveries/" + webhookId + "/replay")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        clock.advance(Duration.ofSeconds(2));
        dispatcher.sendDue();
        assertEquals(WebhookDelivery.Status.DELIVERED, status(id, event));
        List<Receiver.Received> posts = receiver.receivedFor(event);
        assertEquals(3, posts.size());
        assertTrue(posts.stream().allMatch(r -> r.id().equals(webhookId)));
        assertTrue(Receiver.verifies(secret, posts.get(2)));

        // a delivered one may be replayed too (a receiver that lost it); it stays one webhook-id
        given().post("/webhook-deliveries/" + webhookId + "/replay").then().statusCode(202);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.receivedFor(event).size() == 4
                        && status(id, event) == WebhookDelivery.Status.DELIVERED);
        given().get("/webhook-deliveries/" + webhookId)
                .then()
                .statusCode(200)
                .body("delivery.replays", equalTo(2))
                .body("attempts.outcome", equalTo(List.of("FAILED", "RETRY", "DELIVERED", "DELIVERED")))
                .body("attempts.round", equalTo(List.of(0, 1, 1, 2)));
        given().get("/webhook-deliveries/" + UUID.randomUUID()).then().statusCode(404);
        given().post("/webhook-deliveries/" + UUID.randomUUID() + "/replay")
                .then()
                .statusCode(404);
        given().contentType("application/json")
                .queryParam("since", "yesterday")
                .post("/webhook-subscriptions/" + id + "/replay")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    @TestSecurity(user = "hotline-12345", roles = "integration")
    void anIntegrationClientReplaysOnlyItsOwnDeliveries() {
        UUID own = service.create(
                        new Caller("hotline-12345", false),
                        new SubscriptionRequest(
                                "12345热线",
                                receiver.url(),
                                List.of("cc.rectification.opened.v1"),
                                null,
                                null,
                                true,
                                null))
                .id;
        UUID others = service.create(
                        new Caller("szcg-gateway", false),
                        new SubscriptionRequest(
                                "数字城管", receiver.url(), List.of("cc.rectification.opened.v1"), null, null, true, null))
                .id;
        created.add(own);
        created.add(others);
        receiver.answer(400, 400);
        String event = publishOpened();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status(own.toString(), event) == WebhookDelivery.Status.FAILED
                        && status(others.toString(), event) == WebhookDelivery.Status.FAILED);
        UUID mine = delivery(own.toString(), event).id;
        UUID theirs = delivery(others.toString(), event).id;

        given().get("/webhook-deliveries/" + theirs).then().statusCode(404);
        given().post("/webhook-deliveries/" + theirs + "/replay").then().statusCode(404);
        given().contentType("application/json")
                .post("/webhook-subscriptions/" + others + "/replay")
                .then()
                .statusCode(404);
        assertEquals(WebhookDelivery.Status.FAILED, status(others.toString(), event));

        given().get("/webhook-deliveries/" + mine).then().statusCode(200).body("attempts.size()", equalTo(1));
        given().post("/webhook-deliveries/" + mine + "/replay")
                .then()
                .statusCode(202)
                .body("replayedBy", equalTo("hotline-12345"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> status(own.toString(), event) == WebhookDelivery.Status.DELIVERED);
        assertEquals(WebhookDelivery.Status.FAILED, status(others.toString(), event));
    }
}
