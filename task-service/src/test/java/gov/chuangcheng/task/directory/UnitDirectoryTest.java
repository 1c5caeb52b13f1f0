package gov.chuangcheng.task.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitDirectoryTest {

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String unitJson(String code, String name, String kind, String parent) {
        return """
                {"code":"%s","name":"%s","kind":"%s","parentCode":%s,
                 "contacts":[{"name":"张三","role":"LIAISON","phone":"13812345678","email":"zhangsan@chuangcheng.local","username":"cgj1"}]}
                """.formatted(code, name, kind, parent == null ? "null" : "\"" + parent + "\"");
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void officeCreatesAUnitAndTheDirectoryEventIsPublished() throws Exception {
        String code = code("CGJ");
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.DIRECTORY))) {
            given().contentType("application/json")
                    .body(unitJson(code, "区城管局", "DEPARTMENT", null))
                    .post("/units")
                    .then()
                    .statusCode(201)
                    .header("Location", org.hamcrest.Matchers.endsWith("/units/" + code))
                    .header("ETag", "\"0\"")
                    .body("kindName", equalTo("区直部门"))
                    .body("contacts[0].phone", equalTo("13812345678"));

            ConsumerRecord<String, String> record = kafka.await(KafkaEvents.withKey(code), 1, Duration.ofSeconds(20))
                    .get(0);
            assertEquals("cc.unit.upserted.v1", KafkaEvents.header(record, CloudEvents.HEADER_TYPE));
            assertEquals(CloudEvents.SOURCE_TASK, KafkaEvents.header(record, CloudEvents.HEADER_SOURCE));
            UnitUpserted event = json.readValue(record.value(), UnitUpserted.class);
            assertEquals("区城管局", event.name());
            assertEquals(ContactRole.LIAISON, event.contacts().get(0).role());
        }
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void badInputIsRejectedWithTheFieldAndChangesNothing() {
        given().contentType("application/json")
                .body(unitJson("bad code", "x", "DEPARTMENT", null))
                .post("/units")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("code"));
        given().contentType("application/json")
                .body(unitJson(code("U"), "x", "PLANET", null))
                .post("/units")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        String orphan = code("ORPHAN");
        given().contentType("application/json")
                .body(unitJson(orphan, "x", "COMMUNITY", "NO-SUCH-UNIT"))
                .post("/units")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentCode"));
        given().get("/units/" + orphan).then().statusCode(404);

        String dup = code("DUP");
        given().contentType("application/json")
                .body(unitJson(dup, "一", "DEPARTMENT", null))
                .post("/units")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body(unitJson(dup, "二", "DEPARTMENT", null))
                .post("/units")
                .then()
                .statusCode(409);
        given().get("/units/" + dup).then().statusCode(200).body("name", equalTo("一"));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void editsNeedTheCurrentVersionAndCannotCreateCycles() {
        String street = code("JD");
        String community = code("SQ");
        given().contentType("application/json")
                .body(unitJson(street, "街道", "SUBDISTRICT", null))
                .post("/units")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body(unitJson(community, "社区", "COMMUNITY", street))
                .post("/units")
                .then()
                .statusCode(201);

        String rename = unitJson(street, "新街道", "SUBDISTRICT", null);
        given().contentType("application/json")
                .body(rename)
                .put("/units/" + street)
                .then()
                .statusCode(428);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(rename)
                .put("/units/" + street)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(rename)
                .put("/units/" + street)
                .then()
                .statusCode(412);
        given().contentType("application/json")
                .header("If-Match", "\"1\"")
                .body(unitJson(street, "新街道", "SUBDISTRICT", community))
                .put("/units/" + street)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("parentCode"));
        given().get("/units/" + street).then().body("name", equalTo("新街道")).body("parentCode", equalTo(null));
    }

    /** Real tokens: a 街道 user sees its 社区 but not an unrelated unit; contacts are masked for it. */
    @Test
    void departmentUserSeesOnlyItsUnitAndTheUnitsBelow() {
        String office = KeycloakTokens.forUser("office1");
        ensureUnit(office, "JD01", "城关街道", "SUBDISTRICT", null);
        ensureUnit(office, "SQ0101", "城关一社区", "COMMUNITY", "JD01");
        ensureUnit(office, "CGJ", "区城管局", "DEPARTMENT", null);

        String jd01 = KeycloakTokens.forUser("jd01");
        // the directory read model is fed by the events; wait until it knows the hierarchy
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().auth()
                        .oauth2(jd01)
                        .get("/units")
                        .then()
                        .statusCode(200)
                        .body("items.code", hasItem("SQ0101")));
        Response units = given().auth().oauth2(jd01).get("/units");
        units.then()
                .body("items.code", not(hasItem("CGJ")))
                .body("items.contacts.flatten().phone", not(hasItem("13812345678")));
        given().auth().oauth2(jd01).get("/units/CGJ").then().statusCode(404);
        given().auth()
                .oauth2(KeycloakTokens.forUser("sq0101"))
                .get("/units")
                .then()
                .statusCode(200)
                .body("items.code", containsInAnyOrder("SQ0101"));
        given().auth()
                .oauth2(office)
                .queryParam("parent", "JD01")
                .queryParam("size", 1)
                .get("/units")
                .then()
                .statusCode(200)
                .body("items.code", containsInAnyOrder("SQ0101"))
                .body("size", equalTo(1));
        given().auth()
                .oauth2(office)
                .queryParam("size", 0)
                .get("/units")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth()
                .oauth2(jd01)
                .contentType("application/json")
                .body(unitJson("JD01", "改名", "SUBDISTRICT", null))
                .header("If-Match", "*")
                .put("/units/JD01")
                .then()
                .statusCode(403);
    }

    private static void ensureUnit(String token, String code, String name, String kind, String parent) {
        int status = given().auth().oauth2(token).get("/units/" + code).statusCode();
        if (status == 404) {
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body(unitJson(code, name, kind, parent))
                    .post("/units")
                    .then()
                    .statusCode(201);
        }
    }

    @Test
    void anonymousCallsAreRefused() {
        given().get("/units").then().statusCode(401).contentType("application/problem+json");
        List.of("/units/CGJ").forEach(p -> given().get(p).then().statusCode(401));
    }
}
