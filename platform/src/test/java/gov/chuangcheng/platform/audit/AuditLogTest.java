package gov.chuangcheng.platform.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every successful read of an audited endpoint is in the audit log, with who and what; only the office reads it. */
@QuarkusTest
class AuditLogTest {

    @Test
    void aReadOfPersonalDataIsRecordedWithWhoAndWhatAndOnlyTheOfficeReadsTheLog() {
        String office = KeycloakTokens.forUser("office1");
        String leader = KeycloakTokens.forUser("leader1");
        int id = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"code\":\"AU-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"联系人\"}")
                .post("/samples")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        int before = given().auth()
                .oauth2(office)
                .get("/audit?actor=leader1")
                .then()
                .extract()
                .path("total");

        given().auth().oauth2(leader).get("/samples/" + id).then().statusCode(200);
        // an answer that showed nothing is not a read of personal data
        given().auth().oauth2(leader).get("/samples/987654321").then().statusCode(404);

        given().auth()
                .oauth2(office)
                .get("/audit?actor=leader1&size=1")
                .then()
                .statusCode(200)
                .body("total", equalTo(before + 1))
                .body("items[0].actor", equalTo("leader1"))
                .body("items[0].kind", equalTo("PERSONAL_DATA"))
                .body("items[0].what", equalTo("样例联系人"))
                .body("items[0].method", equalTo("GET"))
                .body("items[0].target", equalTo("/samples/" + id))
                .body("items[0].status", equalTo(200));
        given().auth().oauth2(leader).get("/audit").then().statusCode(403);
        given().auth()
                .oauth2(office)
                .get("/audit?from=yesterday")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        assertEquals(
                0,
                given().auth()
                        .oauth2(office)
                        .queryParam("actor", "leader1")
                        .queryParam("from", "2099-01-01T00:00:00+08:00")
                        .get("/audit")
                        .then()
                        .extract()
                        .<Integer>path("total"));
    }
}
