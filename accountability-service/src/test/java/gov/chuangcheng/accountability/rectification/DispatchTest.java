package gov.chuangcheng.accountability.rectification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 派遣: a street gives its order to one of its communities, which sees it and acts on it; the street stays accountable. */
@QuarkusTest
class DispatchTest {

    @Inject
    RectificationTestSupport support;

    @BeforeEach
    void setUp() {
        RectificationTestSupport.installClock();
        support.ensureUnits(
                new UnitUpserted("JD01", "城关街道", UnitKind.SUBDISTRICT, null, true, List.of()),
                new UnitUpserted("SQ0101", "城关街道东风社区", UnitKind.COMMUNITY, "JD01", true, List.of()),
                RectificationTestSupport.department("CGJ", "区城管局"));
    }

    @Test
    void aStreetDispatchesToItsCommunityAndTheCommunityActs() {
        String street = KeycloakTokens.forUser("jd01");
        String community = KeycloakTokens.forUser("sq0101");
        String pointId = RectificationTestSupport.unique("P");
        String key = pointId + ":S-30.1";
        RectificationOrder order = support.fail(pointId, "JD01", "S-30.1", Severity.GENERAL);
        String path = "/rectifications/" + order.id();

        given().auth().oauth2(community).get(path).then().statusCode(404);
        given().auth()
                .oauth2(street)
                .contentType("application/json")
                .body("{}")
                .post(path + "/dispatch")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("subUnitCode"));
        given().auth()
                .oauth2(street)
                .contentType("application/json")
                .body("{\"subUnitCode\":\"CGJ\"}")
                .post(path + "/dispatch")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("subUnitCode"));
        given().auth()
                .oauth2(street)
                .contentType("application/json")
                .body("{\"handler\":\"<script>\"}")
                .post(path + "/dispatch")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("handler"));

        given().auth()
                .oauth2(street)
                .contentType("application/json")
                .body("{\"subUnitCode\":\"SQ0101\",\"handler\":\"sq0101\",\"comment\":\"请今日内清理\"}")
                .post(path + "/dispatch")
                .then()
                .statusCode(200)
                .body("unitCode", equalTo("JD01"))
                .body("assignee.unitCode", equalTo("SQ0101"))
                .body("assignee.username", equalTo("sq0101"));
        JsonNode dispatched =
                support.outbox(key, EventCatalog.RECTIFICATION_DISPATCHED).get(0);
        assertEquals("SQ0101", dispatched.get("assignee").get("unitCode").asText());
        assertEquals(
                "城关街道东风社区",
                dispatched.get("order").get("assignee").get("unitName").asText());

        // the community sees the order and acts on it; it does not re-dispatch the street's order
        given().auth().oauth2(community).get(path).then().statusCode(200).body("history.action", hasItem("DISPATCHED"));
        given().auth()
                .oauth2(community)
                .contentType("application/json")
                .body("{\"handler\":\"sq0101\"}")
                .post(path + "/dispatch")
                .then()
                .statusCode(403);
        given().auth().oauth2(community).post(path + "/acknowledge").then().statusCode(200);
        given().auth()
                .oauth2(community)
                .contentType("application/json")
                .body("{\"description\":\"已清理占道堆放物\",\"evidenceIds\":[\"5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01\"]}")
                .post(path + "/submit")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFYING"));
        RectificationOrder after = support.reload(order.id());
        assertEquals("JD01", after.unitCode(), "the street stays accountable");
        JsonNode submitted =
                support.outbox(key, EventCatalog.RECTIFICATION_SUBMITTED).get(0);
        assertEquals(
                "sq0101", submitted.get("order").get("assignee").get("username").asText());
        assertEquals("sq0101", submitted.get("by").asText());
    }
}
