package gov.chuangcheng.task.material;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.platform.files.ContentStore;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Filing and review through the API against the real PostgreSQL, Kafka (the activation's events) and Keycloak: a
 * department files, reads back and downloads; the office accepts, returns with a reason and changes its mind, each
 * decision a row of its own; and the standard scores from the decisions.
 */
@QuarkusTest
class MaterialFilingTest extends MaterialTestSupport {

    @Test
    void theImportedStandardShowsTheMaterialsItExpects() {
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .get("/standards/" + REVIEWED)
                .then()
                .statusCode(200)
                .body("methodName", equalTo("材料审核"))
                .body("materials", equalTo(List.of(PLAN, LEDGER)));
        given().auth()
                .oauth2(office)
                .get("/standards/" + FIELD)
                .then()
                .statusCode(200)
                .body("materials", hasSize(0));
    }

    @Test
    void aReviewedMaterialScoresItsStandard() {
        String cgj1 = KeycloakTokens.forUser("cgj1");
        assertRate(0, 0, reviews.standing().get(SCORED));

        byte[] plan = MaterialFiles.pdf();
        String id = filing(cgj1, "standard", SCORED, "expected", PLAN, "note", "2026年度志愿服务工作方案")
                .multiPart("file", "志愿服务工作方案.pdf", plan, "application/pdf")
                .post("/materials")
                .then()
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("standardCode", equalTo(SCORED))
                .body("version", equalTo(VERSION))
                .body("expected", equalTo(PLAN))
                .body("unitCode", equalTo("CGJ"))
                .body("fileName", equalTo("志愿服务工作方案.pdf"))
                .body("fileType", equalTo("PDF"))
                .body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(plan.length))
                .body("sha256", equalTo(ContentStore.sha256(plan)))
                .body("note", equalTo("2026年度志愿服务工作方案"))
                .body("status", equalTo("SUBMITTED"))
                .body("uploadedBy", equalTo("cgj1"))
                .body("reviews", hasSize(0))
                .extract()
                .path("id");
        // a retry on a poor network gets the first filing back, not a second one
        filing(cgj1, "standard", SCORED, "expected", PLAN)
                .multiPart("file", "方案（重传）.pdf", plan, "application/pdf")
                .post("/materials")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        // waiting for the office is no data yet
        assertRate(0, 0, reviews.standing().get(SCORED));

        given().auth()
                .oauth2(cgj1)
                .queryParam("standard", SCORED)
                .get("/materials")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        Response download = given().auth().oauth2(cgj1).get("/materials/" + id + "/content");
        download.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .header("ETag", containsString(ContentStore.sha256(plan)));
        assertArrayEquals(plan, download.asByteArray());

        review(id, "{\"decision\":\"ACCEPTED\"}")
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("statusName", equalTo("审核通过"))
                .body("reviews", hasSize(1))
                .body("reviews[0].number", equalTo(1))
                .body("reviews[0].decision", equalTo("ACCEPTED"))
                .body("reviews[0].reason", nullValue())
                .body("reviews[0].reviewedBy", equalTo("office1"));
        // one of the two expected materials is there
        Rate half = reviews.standing().get(SCORED);
        assertRate(1, 2, half);
        assertEquals(new BigDecimal("0.5000"), half.value());
        review(id, "{\"decision\":\"ACCEPTED\",\"reason\":\"再次通过\"}").statusCode(409);

        // the ledger is returned with its reason, then the office changes its mind: a second row, never an edit
        String ledger = filing(cgj1, "standard", SCORED, "expected", LEDGER)
                .multiPart("file", "工作台账.docx", MaterialFiles.docx(), "application/octet-stream")
                .post("/materials")
                .then()
                .statusCode(201)
                .body("fileType", equalTo("DOCX"))
                .extract()
                .path("id");
        review(ledger, "{\"decision\":\"RETURNED\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("reason"));
        review(ledger, "{\"decision\":\"RETURNED\",\"reason\":\"缺少11月的记录\"}")
                .statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("reviews[0].reason", equalTo("缺少11月的记录"));
        assertRate(1, 2, reviews.standing().get(SCORED));
        // the dashboard's projection scores the standard from the review: 2 marks × 1 of 2 expected materials
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .get("/dashboard")
                .then()
                .statusCode(200)
                .body("weakestStandards.find { it.code == '" + SCORED + "' }.projected", equalTo(1.0f))
                .body("weakestStandards.find { it.code == '" + SCORED + "' }.evidence.numerator", equalTo(1))
                .body("weakestStandards.find { it.code == '" + SCORED + "' }.evidence.denominator", equalTo(2));
        review(ledger, "{\"decision\":\"ACCEPTED\"}").statusCode(400).body("errors[0].field", equalTo("reason"));
        review(ledger, "{\"decision\":\"ACCEPTED\",\"reason\":\"经核实，11月记录在附件第3页\"}")
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("reviews", hasSize(2))
                .body("reviews[0].decision", equalTo("RETURNED"))
                .body("reviews[0].reason", equalTo("缺少11月的记录"))
                .body("reviews[1].number", equalTo(2))
                .body("reviews[1].reason", equalTo("经核实，11月记录在附件第3页"));
        assertEquals(
                List.of("1 RETURNED 缺少11月的记录", "2 ACCEPTED 经核实，11月记录在附件第3页"),
                QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery("""
                                select number || ' ' || decision || ' ' || reason from material_review
                                where material_id = ?1 order by number""")
                                .setParameter(1, ledger)
                                .getResultList()));
        assertRate(2, 2, reviews.standing().get(SCORED));
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .queryParam("standard", SCORED)
                .queryParam("status", "ACCEPTED")
                .get("/materials")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(ledger))
                .body("items.id", hasItem(id));
    }

    @Test
    void theOfficeFilesOnBehalfOfAUnitAndAStandardWithoutAListTakesAnyMaterial() {
        assertRate(0, 0, reviews.standing().get(FILED));
        String id = filing(office, "standard", FILED, "unit", "SCJGJ")
                .multiPart("file", "注册截图.png", MaterialFiles.png(), "image/jpeg")
                .post("/materials")
                .then()
                .statusCode(201)
                .body("unitCode", equalTo("SCJGJ"))
                .body("expected", nullValue())
                .body("contentType", equalTo("image/png"))
                .body("uploadedBy", equalTo("office1"))
                .extract()
                .path("id");
        given().auth()
                .oauth2(KeycloakTokens.forUser("scjgj1"))
                .get("/materials/" + id)
                .then()
                .statusCode(200)
                .body("unitCode", equalTo("SCJGJ"));
        review(id, "{\"decision\":\"RETURNED\",\"reason\":\"截图看不清注册人数\"}").statusCode(200);
        // returned is data: the standard has nothing accepted
        assertRate(0, 1, reviews.standing().get(FILED));
        // the unit files a new one; the returned one stays returned
        String again = filing(KeycloakTokens.forUser("scjgj1"), "standard", FILED)
                .multiPart("file", "注册统计.xlsx", MaterialFiles.xlsx(), "application/vnd.ms-excel")
                .post("/materials")
                .then()
                .statusCode(201)
                .body("fileType", equalTo("XLSX"))
                .body("unitCode", equalTo("SCJGJ"))
                .extract()
                .path("id");
        review(again, "{\"decision\":\"ACCEPTED\"}").statusCode(200);
        assertRate(1, 1, reviews.standing().get(FILED));
        given().auth()
                .oauth2(office)
                .get("/materials/" + id)
                .then()
                .body("status", equalTo("RETURNED"))
                .body("reviews", hasSize(1));
        // only standards assessed on materials are scored here
        assertNull(reviews.standing().get(FIELD));
        given().auth()
                .oauth2(office)
                .queryParam("unit", "SCJGJ")
                .queryParam("status", "returned")
                .get("/materials")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.id", not(hasItem(again)));
    }

    private ValidatableResponse review(String id, String body) {
        return given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/materials/" + id + "/review")
                .then();
    }

    private static void assertRate(long numerator, long denominator, Rate rate) {
        assertEquals(numerator, rate.numerator(), "numerator of " + rate);
        assertEquals(denominator, rate.denominator(), "denominator of " + rate);
    }
}
