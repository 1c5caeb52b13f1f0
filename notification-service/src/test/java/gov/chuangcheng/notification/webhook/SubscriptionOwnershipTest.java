package gov.chuangcheng.notification.webhook;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An integration client manages only its own subscriptions (another client's answer 404); the office manages all;
 * a unit filter limits the events a subscription receives to those units and the units below them.
 */
@QuarkusTest
class SubscriptionOwnershipTest {

    @Inject
    SubscriptionService service;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    UnitDirectory directory;

    Receiver receiver;
    final List<UUID> created = new ArrayList<>();
    final List<String> units = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stop() {
        receiver.close();
        Fixtures.retire(topics, json, directory, units.toArray(String[]::new));
        Caller office = new Caller("office1", true);
        for (UUID id : created) {
            QuarkusTransaction.requiringNew().run(() -> {
                if (WebhookSubscription.findById(id) != null) {
                    service.delete(office, id, "*");
                }
            });
        }
    }

    /** A subscription of {@code owner}, created as that client would. */
    private UUID subscriptionOf(String owner, List<String> units) {
        UUID id = service.create(
                        new Caller(owner, false),
                        new SubscriptionRequest(
                                owner + " 推送",
                                receiver.url(),
                                List.of("cc.rectification.opened.v1"),
                                units,
                                null,
                                true,
                                null))
                .id;
        created.add(id);
        return id;
    }

    private static String body(String name, String url) {
        return """
                {"name":"%s","url":"%s","eventTypes":["cc.rectification.opened.v1"]}""".formatted(name, url);
    }

    @Test
    @TestSecurity(user = "service-account-szcg", roles = "integration")
    @OidcSecurity(claims = @Claim(key = "azp", value = "szcg-gateway"))
    void anIntegrationClientManagesOnlyItsOwnSubscriptions() {
        UUID others = subscriptionOf("hotline-12345", List.of());
        String own = given().contentType("application/json")
                .body(body("数字城管", receiver.url()))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .body("owner", equalTo("szcg-gateway"))
                .extract()
                .path("id");
        created.add(UUID.fromString(own));

        given().queryParam("size", 500)
                .get("/webhook-subscriptions")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(own))
                .body("items.id", not(hasItem(others.toString())))
                .body("items.owner", not(hasItem("hotline-12345")));

        // someone else's subscription does not exist for this client, whatever it tries
        String path = "/webhook-subscriptions/" + others;
        given().get(path).then().statusCode(404).contentType("application/problem+json");
        given().get(path + "/deliveries").then().statusCode(404);
        given().contentType("application/json")
                .header("If-Match", "*")
                .body(body("劫持", receiver.url()))
                .put(path)
                .then()
                .statusCode(404);
        given().header("If-Match", "*")
                .contentType("application/json")
                .post(path + "/rotate-secret")
                .then()
                .statusCode(404);
        given().header("If-Match", "*").delete(path).then().statusCode(404);
        assertEquals(
                "hotline-12345 推送",
                QuarkusTransaction.requiringNew()
                        .call(() -> WebhookSubscription.<WebhookSubscription>findById(others).name));

        // nor can it give its own subscription away or create one for another client
        String etag = given().get("/webhook-subscriptions/" + own)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("name", "数字城管", "url", receiver.url(), "owner", "hotline-12345"))
                .put("/webhook-subscriptions/" + own)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("owner"));
        given().contentType("application/json")
                .body(Map.of("name", "数字城管", "url", receiver.url(), "owner", "hotline-12345"))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("owner"));

        // its own: changed and deleted
        given().contentType("application/json")
                .header("If-Match", etag)
                .body(body("数字城管平台", receiver.url()))
                .put("/webhook-subscriptions/" + own)
                .then()
                .statusCode(200)
                .body("name", equalTo("数字城管平台"))
                .body("owner", equalTo("szcg-gateway"));
        given().header("If-Match", "*")
                .delete("/webhook-subscriptions/" + own)
                .then()
                .statusCode(204);
        given().get("/webhook-subscriptions/" + own).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "hotline-12345", roles = "integration")
    void withoutAnAzpClaimTheClientIsItsUsername() {
        UUID others = subscriptionOf("szcg-gateway", List.of());
        String own = given().contentType("application/json")
                .body(body("12345热线", receiver.url()))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .body("owner", equalTo("hotline-12345"))
                .extract()
                .path("id");
        created.add(UUID.fromString(own));
        given().get("/webhook-subscriptions/" + own).then().statusCode(200);
        given().get("/webhook-subscriptions/" + others).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void theOfficeSeesAndManagesEveryClientsSubscriptions() {
        UUID hotline = subscriptionOf("hotline-12345", List.of());
        UUID gateway = subscriptionOf("szcg-gateway", List.of());
        given().queryParam("size", 500)
                .get("/webhook-subscriptions")
                .then()
                .statusCode(200)
                .body("items.id", hasItems(hotline.toString(), gateway.toString()))
                .body("items.find { it.id == '" + hotline + "' }.owner", equalTo("hotline-12345"));
        String etag = given().get("/webhook-subscriptions/" + hotline)
                .then()
                .statusCode(200)
                .body("owner", equalTo("hotline-12345"))
                .extract()
                .header("ETag");
        // the office may hand a subscription over to another client
        given().contentType("application/json")
                .header("If-Match", etag)
                .body(Map.of("name", "移交", "url", receiver.url(), "owner", "szcg-gateway"))
                .put("/webhook-subscriptions/" + hotline)
                .then()
                .statusCode(200)
                .body("owner", equalTo("szcg-gateway"));
        given().get("/webhook-subscriptions/" + gateway + "/deliveries").then().statusCode(200);
        given().header("If-Match", "*")
                .delete("/webhook-subscriptions/" + gateway)
                .then()
                .statusCode(204);
        // created by the office: owned by the office user
        String own = given().contentType("application/json")
                .body(body("创城办测试", receiver.url()))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .body("owner", equalTo("office1"))
                .extract()
                .path("id");
        created.add(UUID.fromString(own));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void aUnitFilterDeliversOnlyTheEventsOfThatUnitAndTheUnitsBelowIt() {
        String s = Fixtures.suffix();
        String street = "JD-" + s;
        String community = "SQ-" + s;
        String other = "QT-" + s;
        units.addAll(List.of(community, street, other));
        Fixtures.unit(topics, json, directory, street, "测试街道" + s, UnitKind.SUBDISTRICT);
        Fixtures.childUnit(topics, json, directory, community, "测试社区" + s, UnitKind.COMMUNITY, street);
        Fixtures.unit(topics, json, directory, other, "其他单位" + s, UnitKind.DEPARTMENT);

        String id = given().contentType("application/json")
                .body(Map.of("name", "街道网格平台", "url", receiver.url(), "unitCodes", List.of(street)))
                .post("/webhook-subscriptions")
                .then()
                .statusCode(201)
                .body("unitCodes", equalTo(List.of(street)))
                .extract()
                .path("id");
        created.add(UUID.fromString(id));

        String ofStreet = publishOpened(street, "街道点位" + s);
        String ofCommunity = publishOpened(community, "社区点位" + s);
        String ofOther = publishOpened(other, "其他点位" + s);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> receiver.receivedFor(ofStreet).size() == 1
                        && receiver.receivedFor(ofCommunity).size() == 1);
        // the other unit's event was routed (its message exists) but never posted to this subscription
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.routed(ofOther));
        assertEquals(0, receiver.receivedFor(ofOther).size());
        assertEquals(0L, (long) QuarkusTransaction.requiringNew()
                .call(() -> WebhookDelivery.count(
                        "subscriptionId = ?1 and sourceEventId = ?2", UUID.fromString(id), ofOther)));
    }

    private String publishOpened(String unitCode, String point) {
        OrderRef order = Fixtures.order(unitCode, unitCode + "名", point, EscalationLevel.NONE);
        return TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_OPENED,
                order.episodeKey(),
                Fixtures.opened(order),
                json);
    }
}
