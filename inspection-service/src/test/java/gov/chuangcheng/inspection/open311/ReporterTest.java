package gov.chuangcheng.inspection.open311;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A 12345 caller's personal data: whole for the office, masked for leaders, never for anybody else, every read in
 * the audit log, and erased once the retention has passed.
 */
@QuarkusTest
class ReporterTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Reporters reporters;

    @Inject
    EntityManager em;

    @Test
    void theOfficeSeesTheCallerLeadersAMaskAndAfterTheRetentionNobody() {
        String office = KeycloakTokens.forUser("office1");
        fixtures.seedUnits();
        String standard = Fixtures.unique("S");
        fixtures.standards(Fixtures.standard(standard, "垃圾清运", "BACK_STREET"));
        String item = Fixtures.unique("BJ");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"passThreshold":5,"items":[
                         {"code":"%s","standardCode":"%s","checkText":"垃圾及时清运","maxScore":10,"passThreshold":6,"severity":"GENERAL"}]}
                        """.formatted(item, standard))
                .post("/checklists/BACK_STREET/versions")
                .then()
                .statusCode(201);
        String point = Fixtures.unique("BJ");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"code":"%s","name":"回访小巷%s","type":"BACK_STREET","address":"回访路1号",
                         "street":"JD01","latitude":30.33,"longitude":120.23,"crs":"WGS84","responsibleUnitCode":"CGJ"}
                        """.formatted(point, point))
                .post("/points")
                .then()
                .statusCode(201);
        String id = given().auth()
                .oauth2(KeycloakTokens.forClient("hotline-12345", "hotline-12345-secret"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("service_code", item)
                .formParam("address_id", point)
                .formParam("first_name", "三丰")
                .formParam("last_name", "张")
                .formParam("email", "zhangsan@example.org")
                .formParam("phone", "13812345678")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .extract()
                .path("[0].service_request_id");
        int audited = given().auth()
                .oauth2(office)
                .get("/audit?actor=office1")
                .then()
                .extract()
                .path("total");

        given().auth()
                .oauth2(office)
                .get("/service-requests/" + id + "/reporter")
                .then()
                .statusCode(200)
                .body("name", equalTo("张三丰"))
                .body("email", equalTo("zhangsan@example.org"))
                .body("phone", equalTo("13812345678"));
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .get("/service-requests/" + id + "/reporter")
                .then()
                .statusCode(200)
                .body("name", equalTo("张**"))
                .body("phone", equalTo("138****5678"));
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .get("/service-requests/" + id + "/reporter")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .get("/audit?actor=office1&size=1")
                .then()
                .body("total", equalTo(audited + 1))
                .body("items[0].what", equalTo("12345 来电人信息"))
                .body("items[0].target", equalTo("/service-requests/" + id + "/reporter"));

        // a year and a day later the caller's data is gone; the request stays
        QuarkusTransaction.requiringNew()
                .run(() -> em.createQuery("update ServiceRequest r set r.requestedAt = :then where r.id = :id")
                        .setParameter("then", Instant.now().minus(Duration.ofDays(367)))
                        .setParameter("id", UUID.fromString(id))
                        .executeUpdate());
        reporters.eraseExpired();
        given().auth()
                .oauth2(office)
                .get("/service-requests/" + id + "/reporter")
                .then()
                .statusCode(200)
                .body("name", nullValue())
                .body("phone", nullValue())
                .body("erased", equalTo(true));
        given().auth()
                .oauth2(office)
                .get("/open311/v2/requests/" + id + ".json")
                .then()
                .statusCode(200);
    }
}
