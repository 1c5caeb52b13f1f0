package gov.chuangcheng.notification.inbox;

import static gov.chuangcheng.notification.Fixtures.address;
import static gov.chuangcheng.notification.Fixtures.contact;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-app inbox with real Keycloak tokens: everyone reads and marks only their own messages. */
@QuarkusTest
class InboxTest {

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    UnitDirectory directory;

    @Test
    void aUserSeesOnlyTheirOwnMessagesUnreadFirstAndMarksThemRead() {
        String cgj1 = KeycloakTokens.forUser("cgj1");
        String scjgj1 = KeycloakTokens.forUser("scjgj1");
        String s = Fixtures.suffix();
        currentSuffix = s;
        Fixtures.unit(
                topics,
                json,
                directory,
                "A-" + s,
                "区城管局",
                UnitKind.DEPARTMENT,
                contact("张三", ContactRole.LIAISON, address("zhang"), "cgj1"));
        Fixtures.unit(
                topics,
                json,
                directory,
                "B-" + s,
                "区市场监管局",
                UnitKind.DEPARTMENT,
                contact("赵六", ContactRole.LIAISON, address("zhao"), "scjgj1"));
        String first = "北门市场" + s;
        String second = "南门市场" + s;
        String others = "西门市场" + s;
        open("A-" + s, "区城管局", first);
        open("A-" + s, "区城管局", second);
        open("B-" + s, "区市场监管局", others);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> mine(cgj1).size() == 2 && mine(scjgj1).size() == 1);
        // newest first while both are unread
        List<String> ids = ids(cgj1);
        assertTrue(title(cgj1, ids.get(0)).contains(second));
        String secondId = ids.get(0);
        String firstId = ids.get(1);

        // cgj1 does not see scjgj1's message, and scjgj1 cannot mark cgj1's
        given().auth()
                .oauth2(cgj1)
                .queryParam("size", 500)
                .get("/inbox")
                .then()
                .statusCode(200)
                .body("items.title.flatten()", not(hasItem(org.hamcrest.Matchers.containsString(others))));
        given().auth()
                .oauth2(scjgj1)
                .post("/inbox/" + firstId + "/read")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        // mark the newer one read: the unread older one comes first now
        int unread = given().auth()
                .oauth2(cgj1)
                .get("/inbox/unread-count")
                .then()
                .statusCode(200)
                .extract()
                .path("unread");
        given().auth()
                .oauth2(cgj1)
                .post("/inbox/" + secondId + "/read")
                .then()
                .statusCode(200)
                .body("read", equalTo(true))
                .body("id", equalTo(secondId));
        given().auth().oauth2(cgj1).get("/inbox/unread-count").then().body("unread", equalTo(unread - 1));
        given().auth()
                .oauth2(cgj1)
                .post("/inbox/" + secondId + "/read")
                .then()
                .statusCode(200)
                .body("read", equalTo(true));
        assertEquals(List.of(firstId, secondId), ids(cgj1));
        given().auth()
                .oauth2(cgj1)
                .queryParam("unread", true)
                .queryParam("size", 500)
                .get("/inbox")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(firstId))
                .body("items.id", not(hasItem(secondId)));
        // scjgj1's attempt changed nothing
        given().auth()
                .oauth2(cgj1)
                .queryParam("size", 500)
                .get("/inbox")
                .then()
                .body("items.find { it.id == '" + firstId + "' }.read", equalTo(false));

        given().auth()
                .oauth2(cgj1)
                .queryParam("size", 0)
                .get("/inbox")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().get("/inbox").then().statusCode(401);
        given().auth()
                .oauth2(KeycloakTokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret"))
                .get("/inbox")
                .then()
                .statusCode(403);
    }

    private void open(String unit, String unitName, String point) {
        OrderRef order = Fixtures.order(unit, unitName, point, EscalationLevel.NONE);
        TestEvents.publish(
                topics.of(Topic.RECTIFICATIONS),
                EventCatalog.RECTIFICATION_OPENED,
                order.episodeKey(),
                Fixtures.opened(order),
                json);
    }

    private static JsonPath page(String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("size", 500)
                .get("/inbox")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** This test's messages of the user (by the run-unique point names), in the inbox's order. */
    private List<String> mine(String token) {
        return page(token).<java.util.Map<String, Object>>getList("items").stream()
                .filter(m -> m.get("title").toString().contains(currentSuffix))
                .map(m -> m.get("id").toString())
                .toList();
    }

    private String currentSuffix;

    private List<String> ids(String token) {
        return mine(token);
    }

    private static String title(String token, String id) {
        return page(token).getString("items.find { it.id == '" + id + "' }.title");
    }
}
