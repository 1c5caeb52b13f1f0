package gov.chuangcheng.task.material;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What filing refuses, as evidence photos do: a file that is not what it claims, too large or empty, a standard,
 * expected material or task that does not fit; who may file and review; and the unit scope (another unit's material
 * is 404, as if it did not exist). Every refusal is problem+json naming the field, and keeps nothing.
 */
@QuarkusTest
class MaterialRefusalsTest extends MaterialTestSupport {

    @Test
    void aFileIsWhatItsBytesAreNotWhatItsNameOrTypeSays() {
        String cgj1 = KeycloakTokens.forUser("cgj1");
        long before = materialRows();
        filing(cgj1, "standard", REVIEWED, "expected", PLAN)
                .multiPart("file", "工作方案.pdf", "这是一段文字，不是PDF".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .post("/materials")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("文件类型按内容识别"));
        byte[] pdf = MaterialFiles.pdf();
        filing(cgj1, "standard", REVIEWED, "expected", PLAN)
                .multiPart("file", "下载中断.pdf", Arrays.copyOf(pdf, pdf.length - 10), "application/pdf")
                .post("/materials")
                .then()
                .statusCode(415)
                .body("errors[0].field", equalTo("file"));
        filing(cgj1, "standard", REVIEWED, "expected", PLAN)
                .multiPart("file", "加密.docx", MaterialFiles.compoundFile("EncryptedPackage"), "application/msword")
                .post("/materials")
                .then()
                .statusCode(415);
        // the test profile allows 65,536 bytes
        filing(cgj1, "standard", REVIEWED, "expected", PLAN)
                .multiPart("file", "扫描件.pdf", Arrays.copyOf(pdf, 65_537), "application/pdf")
                .post("/materials")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        filing(cgj1, "standard", REVIEWED, "expected", PLAN)
                .multiPart("file", "空.pdf", new byte[0], "application/pdf")
                .post("/materials")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", equalTo("文件为空"));
        filing(cgj1, "standard", REVIEWED, "expected", PLAN)
                .post("/materials")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("file"));
        assertEquals(before, materialRows());

        // the client's name is a label: directories, control and direction characters go
        filing(cgj1, "standard", REVIEWED, "expected", PLAN)
                .multiPart("file", "../../etc/passwd.pdf", MaterialFiles.pdf(), "application/pdf")
                .post("/materials")
                .then()
                .statusCode(201)
                .body("fileName", equalTo("passwd.pdf"));
        filing(cgj1, "standard", REVIEWED, "expected", LEDGER)
                .multiPart("file", "C:\\fakepath\\..\\台账\u202e.doc", MaterialFiles.doc(), "text/plain")
                .post("/materials")
                .then()
                .statusCode(201)
                .body("fileName", equalTo("台账.doc"))
                .body("fileType", equalTo("DOC"))
                .body("contentType", equalTo("application/msword"));
    }

    @Test
    void theStandardExpectedMaterialAndTaskMustFit() {
        String cgj1 = KeycloakTokens.forUser("cgj1");
        long before = materialRows();
        refused(filing(cgj1, "standard", "NO-SUCH-" + SUFFIX, "expected", PLAN), 422, "standard", "现行测评体系中没有");
        refused(filing(cgj1, "standard", FIELD), 422, "standard", "不是材料审核或网上申报类测评标准");
        refused(filing(cgj1, "expected", PLAN), 400, "standard", "必填");
        refused(filing(cgj1, "standard", REVIEWED, "expected", "照片"), 422, "expected", PLAN + "、" + LEDGER);
        refused(filing(cgj1, "standard", REVIEWED), 422, "expected", "须注明");
        refused(filing(cgj1, "standard", FILED, "expected", PLAN), 422, "expected", "未列应报材料");
        refused(filing(cgj1, "standard", REVIEWED, "expected", PLAN, "note", "长".repeat(501)), 400, "note", "500");

        String othersTask = createTask(REVIEWED, "SCJGJ", List.of());
        String otherStandard = createTask(FILED, "CGJ", List.of());
        String coOperated = createTask(REVIEWED, "SCJGJ", List.of("CGJ"));
        refused(filing(cgj1, "standard", REVIEWED, "expected", PLAN, "task", othersTask), 422, "task", "本单位");
        refused(filing(cgj1, "standard", REVIEWED, "expected", PLAN, "task", "no-such-task"), 422, "task", "本单位");
        refused(filing(cgj1, "standard", REVIEWED, "expected", PLAN, "task", otherStandard), 422, "task", REVIEWED);
        assertEquals(before, materialRows());

        filing(cgj1, "standard", REVIEWED, "expected", PLAN, "task", coOperated)
                .multiPart("file", "方案.pdf", MaterialFiles.pdf(), "application/pdf")
                .post("/materials")
                .then()
                .statusCode(201)
                .body("taskId", equalTo(coOperated));
    }

    @Test
    void departmentsFileForAndSeeTheirOwnUnitOnlyAndOnlyTheOfficeReviews() {
        String cgj1 = KeycloakTokens.forUser("cgj1");
        String id = filing(cgj1, "standard", REVIEWED, "expected", PLAN)
                .multiPart("file", "方案.pdf", MaterialFiles.pdf(), "application/pdf")
                .post("/materials")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth().oauth2(cgj1).get("/materials/" + id).then().statusCode(200);
        for (String other : List.of("scjgj1", "jd01")) {
            String token = KeycloakTokens.forUser(other);
            given().auth()
                    .oauth2(token)
                    .get("/materials/" + id)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(token)
                    .get("/materials/" + id + "/content")
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(token)
                    .queryParam("standard", REVIEWED)
                    .queryParam("unit", "CGJ")
                    .get("/materials")
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)));
        }
        given().auth()
                .oauth2(cgj1)
                .contentType(ContentType.JSON)
                .body("{\"decision\":\"ACCEPTED\"}")
                .post("/materials/" + id + "/review")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(office)
                .contentType(ContentType.JSON)
                .body("{\"decision\":\"ACCEPTED\"}")
                .post("/materials/00000000-0000-0000-0000-000000000000/review")
                .then()
                .statusCode(404);
        given().auth().oauth2(office).get("/materials/not-a-uuid").then().statusCode(404);

        long before = materialRows();
        String inspector = KeycloakTokens.forUser("inspector1");
        filing(inspector, "standard", REVIEWED, "expected", PLAN)
                .multiPart("file", "方案.pdf", MaterialFiles.pdf(), "application/pdf")
                .post("/materials")
                .then()
                .statusCode(403);
        given().auth().oauth2(inspector).get("/materials").then().statusCode(403);
        given().multiPart("file", "方案.pdf", MaterialFiles.pdf(), "application/pdf")
                .post("/materials")
                .then()
                .statusCode(401);
        // a department files for its own unit; the office names the unit it files for
        filing(cgj1, "standard", REVIEWED, "expected", PLAN, "unit", "SCJGJ")
                .multiPart("file", "方案.pdf", MaterialFiles.pdf(), "application/pdf")
                .post("/materials")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        refused(filing(office, "standard", REVIEWED, "expected", PLAN), 400, "unit", "须注明责任单位");
        refused(filing(office, "standard", REVIEWED, "expected", PLAN, "unit", "NO-SUCH-UNIT"), 422, "unit", "没有");
        assertEquals(before, materialRows());

        given().auth()
                .oauth2(office)
                .queryParam("status", "LOST")
                .get("/materials")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    /** Files a PDF with these fields and expects the refusal naming {@code field}. */
    private static void refused(
            io.restassured.specification.RequestSpecification request, int status, String field, String message) {
        request.multiPart("file", "材料.pdf", MaterialFiles.pdf(), "application/pdf")
                .post("/materials")
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message));
    }
}
