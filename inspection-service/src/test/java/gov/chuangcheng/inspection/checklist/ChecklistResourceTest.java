package gov.chuangcheng.inspection.checklist;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import gov.chuangcheng.events.evaluation.StandardUpserted;
import gov.chuangcheng.inspection.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChecklistResourceTest {

    @Inject
    Fixtures fixtures;

    static String checklistJson(String passThreshold, String... items) {
        return "{\"passThreshold\":" + passThreshold + ",\"items\":[" + String.join(",", items) + "]}";
    }

    static String item(String code, String standard, String text, String max, String threshold, String severity) {
        return """
                {"code":"%s","standardCode":"%s","checkText":"%s","maxScore":%s,"passThreshold":%s,"severity":"%s"}
                """.formatted(code, standard, text, max, threshold, severity);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void officeCreatesVersionsAndTheLatestIsCurrent() {
        String s1 = Fixtures.unique("S");
        String s2 = Fixtures.unique("S");
        fixtures.standards(Fixtures.standard(s1, "公益广告设置", "SCHOOL"), Fixtures.standard(s2, "校园周边环境", "SCHOOL"));

        io.restassured.response.Response created = given().contentType("application/json")
                .body(checklistJson(
                        "15",
                        item("A1", s1, "公益广告不少于5处", "10", "6", "GENERAL"),
                        item("A2", s2, "周边无占道经营", "10", "8", "CRITICAL")))
                .post("/checklists/SCHOOL/versions");
        created.then().statusCode(201);
        int first = created.path("version");
        created.then().header("Location", endsWith("/checklists/SCHOOL/versions/" + first));
        given().get("/checklists/SCHOOL/versions/" + first)
                .then()
                .statusCode(200)
                .body("pointTypeName", equalTo("学校"))
                .body("maxScore", equalTo(20.0f))
                .body("items.code", contains("A1", "A2"))
                .body("items[0].standardName", equalTo("公益广告设置"))
                .body("items[1].severityName", equalTo("严重"));

        given().contentType("application/json")
                .body(checklistJson("8", item("A1", s1, "公益广告不少于6处", "10", "6", "SERIOUS")))
                .post("/checklists/SCHOOL/versions")
                .then()
                .statusCode(201)
                .body("version", equalTo(first + 1));
        given().get("/checklists/SCHOOL")
                .then()
                .statusCode(200)
                .body("version", equalTo(first + 1))
                .body("items.checkText", contains("公益广告不少于6处"));
        given().queryParam("size", 1)
                .get("/checklists/SCHOOL/versions")
                .then()
                .statusCode(200)
                .body("items[0].version", equalTo(first + 1))
                .body("size", equalTo(1));
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void badChecklistsAreRejectedByFieldAndCreateNoVersion() {
        String active = Fixtures.unique("S");
        String retired = Fixtures.unique("S");
        StandardUpserted old = Fixtures.standard(retired, "旧标准", "HOSPITAL");
        fixtures.standards(
                Fixtures.standard(active, "医院环境", "HOSPITAL"),
                new StandardUpserted(
                        old.systemVersion(),
                        old.categoryCode(),
                        old.categoryName(),
                        old.indicatorCode(),
                        old.indicatorName(),
                        old.code(),
                        old.name(),
                        old.fullMarks(),
                        old.weight(),
                        old.method(),
                        old.pointTypes(),
                        false));
        int before = given().get("/checklists/HOSPITAL").statusCode() == 404
                ? 0
                : given().get("/checklists/HOSPITAL").then().extract().path("version");

        given().contentType("application/json")
                .body(checklistJson(
                        "5",
                        item("H1", "NO-SUCH-" + active, "x", "10", "6", "GENERAL"),
                        item("H2", retired, "y", "10", "6", "GENERAL"),
                        item("H3", active, "z", "10", "12", "GENERAL"),
                        item("H3", active, "z", "10", "6", "GENERAL")))
                .post("/checklists/HOSPITAL/versions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("items[0].standardCode"))
                .body("errors.field", hasItem("items[1].standardCode"))
                .body("errors.field", hasItem("items[2].passThreshold"))
                .body("errors.field", hasItem("items[3].code"));
        given().contentType("application/json")
                .body(checklistJson("25", item("H1", active, "x", "10", "6", "GENERAL")))
                .post("/checklists/HOSPITAL/versions")
                .then()
                .statusCode(400)
                .body("errors.field", contains("passThreshold"));
        given().contentType("application/json")
                .body(checklistJson("5", item("H1", active, "x", "10", "6", "FATAL")))
                .post("/checklists/HOSPITAL/versions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items[0].severity"));
        given().contentType("application/json")
                .body(checklistJson("5"))
                .post("/checklists/HOSPITAL/versions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("items"));
        given().contentType("application/json")
                .body(checklistJson("5", item("H1", active, "x", "10", "6", "GENERAL")))
                .post("/checklists/SPACESHIP/versions")
                .then()
                .statusCode(404);

        if (before == 0) {
            given().get("/checklists/HOSPITAL").then().statusCode(404);
        } else {
            given().get("/checklists/HOSPITAL").then().body("version", equalTo(before));
        }
    }

    @Test
    @TestSecurity(user = "inspector1", roles = "inspector")
    void inspectorsReadButCannotCreate() {
        given().contentType("application/json")
                .body(checklistJson("5", item("X", "S", "x", "10", "6", "GENERAL")))
                .post("/checklists/BACK_STREET/versions")
                .then()
                .statusCode(403);
        given().get("/checklists/INTERNET_CAFE/versions").then().statusCode(200);
    }
}
