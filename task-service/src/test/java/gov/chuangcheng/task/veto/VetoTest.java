package gov.chuangcheng.task.veto;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import gov.chuangcheng.platform.testing.KeycloakTokens;
import gov.chuangcheng.task.testing.ActiveVersions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The negative list and its occurrences through the API and PostgreSQL, and the dashboard showing the veto first. */
@QuarkusTest
class VetoTest {

    static final String VERSION = "VETO-" + UUID.randomUUID().toString().substring(0, 6);

    @Inject
    EntityManager em;

    private ActiveVersions versions;

    @BeforeEach
    void activateOwnVersion() {
        versions = new ActiveVersions(em);
        versions.remember(VERSION);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "insert into evaluation_system (version, name, active, imported_at, imported_by) "
                                        + "values (?1, '否决测试体系', false, now(), 'test') on conflict do nothing")
                        .setParameter(1, VERSION)
                        .executeUpdate());
        versions.activate(VERSION);
    }

    @AfterEach
    void restoreActiveVersion() {
        versions.restore();
    }

    @Test
    void anOccurrenceVetoesUntilWithdrawnAndStaysOnRecord() {
        String office = KeycloakTokens.forUser("office1");
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("""
                        [{"code":"V-1","name":"发生重大安全生产责任事故","consequence":"取消参评资格"},
                         {"code":"V-2","name":"发生严重损害群众利益的事件"}]""")
                .put("/evaluation-systems/" + VERSION + "/veto-items")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("V-1", "V-2")));
        given().auth()
                .oauth2(office)
                .get("/dashboard")
                .then()
                .statusCode(200)
                .body("veto.vetoed", equalTo(false))
                .body("veto.occurrences", hasSize(0));

        String id = given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("""
                        {"itemCode":"V-1","what":"城关农贸市场发生火灾，造成人员伤亡","place":"城关农贸市场",
                         "occurredAt":"2026-12-03T09:30:00+08:00","evidenceIds":[]}""")
                .post("/veto-occurrences")
                .then()
                .statusCode(201)
                .body("itemName", equalTo("发生重大安全生产责任事故"))
                .body("recordedBy", equalTo("office1"))
                .extract()
                .path("id");
        // the dashboard says so before anything else, whatever the score
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .get("/dashboard")
                .then()
                .statusCode(200)
                .body("veto.vetoed", equalTo(true))
                .body("veto.occurrences[0].id", equalTo(id))
                .body("veto.occurrences[0].consequence", equalTo("取消参评资格"));
        // an item with an occurrence stays on the list
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("[{\"code\":\"V-2\",\"name\":\"发生严重损害群众利益的事件\"}]")
                .put("/evaluation-systems/" + VERSION + "/veto-items")
                .then()
                .statusCode(409);

        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"经核实，事故责任不在本区\"}")
                .post("/veto-occurrences/" + id + "/withdrawal")
                .then()
                .statusCode(200)
                .body("withdrawnBy", equalTo("office1"));
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"再次撤销\"}")
                .post("/veto-occurrences/" + id + "/withdrawal")
                .then()
                .statusCode(409);
        given().auth().oauth2(office).get("/dashboard").then().statusCode(200).body("veto.vetoed", equalTo(false));
        given().auth()
                .oauth2(office)
                .get("/veto-occurrences")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + id + "' }.withdrawalReason", equalTo("经核实，事故责任不在本区"));
    }

    @Test
    void theImportedEvaluationSystemListsItsVetoItems() {
        String office = KeycloakTokens.forUser("office1");
        String version = "VETOIMP-" + UUID.randomUUID().toString().substring(0, 6);
        String system = """
                {"categories":[{"code":"C-1","name":"公共环境","indicators":[{"code":"I-1","name":"农贸市场","standards":[
                  {"code":"S-1","name":"生熟分区","fullMarks":2,"weight":1,"method":"FIELD_INSPECTION",
                   "pointTypes":["FARMERS_MARKET"]}]}]}],
                 "vetoItems":%s}""";
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body(system.formatted("""
                        [{"code":"V-1","name":"发生重大安全生产责任事故","consequence":"取消参评资格"},
                         {"code":"V-1","name":""}]"""))
                .post("/evaluation-systems/" + version + "/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("vetoItems[1].code", "vetoItems[1].name")))
                .body("errors[0].message", equalTo("编码V-1重复"));
        given().auth()
                .oauth2(office)
                .get("/evaluation-systems/" + version)
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body(system.formatted("""
                        [{"code":"V-1","name":"发生重大安全生产责任事故","consequence":"取消参评资格"},
                         {"code":"V-2","name":"发生严重损害群众利益的事件"}]"""))
                .post("/evaluation-systems/" + version + "/import")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(office)
                .get("/evaluation-systems/" + version + "/veto-items")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("V-1", "V-2")))
                .body("consequence[0]", equalTo("取消参评资格"));
    }

    @Test
    void badInputChangesNothingAndOnlyTheOfficeRecords() {
        String office = KeycloakTokens.forUser("office1");
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("[{\"code\":\"V-1\",\"name\":\"甲\"},{\"code\":\"V-1\",\"name\":\"乙\"}]")
                .put("/evaluation-systems/" + VERSION + "/veto-items")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("[1].code"));
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("[]")
                .put("/evaluation-systems/NO-SUCH-VERSION/veto-items")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("""
                        {"itemCode":"V-404","what":"不在清单","place":"某处","occurredAt":"2026-12-03T09:30:00+08:00"}""")
                .post("/veto-occurrences")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("itemCode"));
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .contentType(ContentType.JSON)
                .body("""
                        {"itemCode":"V-1","what":"越权","place":"某处","occurredAt":"2026-12-03T09:30:00+08:00"}""")
                .post("/veto-occurrences")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .post("/veto-occurrences/" + UUID.randomUUID() + "/withdrawal")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(415)));
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("{\"reason\":\"无此记录\"}")
                .post("/veto-occurrences/" + UUID.randomUUID() + "/withdrawal")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(office)
                .get("/evaluation-systems/" + VERSION + "/veto-items")
                .then()
                .statusCode(200)
                .body("$", hasSize(0))
                .body("[0]", nullValue());
    }
}
