package gov.chuangcheng.inspection.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Photo uploads with real tokens: recognised by content, bounded in size, deduplicated, visible by unit. */
@QuarkusTest
class EvidenceTest {

    @Inject
    Fixtures fixtures;

    private String inspector;

    @BeforeEach
    void tokens() {
        inspector = KeycloakTokens.forUser("inspector1");
        fixtures.seedUnits();
    }

    /** As browsers and phones send it: the file name as raw UTF-8 in the part header. */
    private static final io.restassured.config.RestAssuredConfig UTF8_NAMES =
            io.restassured.config.RestAssuredConfig.config()
                    .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                            .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                    .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig()
                            .defaultCharset("UTF-8"));

    @Test
    void aPhotoIsStoredWithItsDigestAndServedBackByteForByte() throws Exception {
        byte[] photo = unique(Fixtures.png());
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        String id = given().config(UTF8_NAMES)
                .auth()
                .oauth2(inspector)
                .multiPart("file", "现场.png", photo, "image/png")
                .post("/evidence")
                .then()
                .statusCode(201)
                .contentType("application/json")
                .body("sha256", equalTo(sha256))
                .body("contentType", equalTo("image/png"))
                .body("sizeBytes", equalTo(photo.length))
                .body("fileName", equalTo("现场.png"))
                .body("uploadedBy", equalTo("inspector1"))
                .extract()
                .path("id");

        byte[] served = given().auth()
                .oauth2(inspector)
                .get("/evidence/" + id + "/content")
                .then()
                .statusCode(200)
                .contentType("image/png")
                .extract()
                .asByteArray();
        assertArrayEquals(photo, served);
        given().auth()
                .oauth2(KeycloakTokens.forUser("office1"))
                .get("/evidence/" + id)
                .then()
                .statusCode(200)
                .body("id", equalTo(id));

        // a retry of the same upload on a poor network gets the first one back, not a second photo
        given().auth()
                .oauth2(inspector)
                .multiPart("file", "现场.png", photo, "image/png")
                .post("/evidence")
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
    }

    @Test
    void theTypeComesFromTheContentNotFromTheNameOrDeclaredType() {
        byte[] jpeg = unique(PictureTest.image("jpeg", 4, 3));
        // declared as a generic binary, named like a PNG: it is a JPEG
        given().auth()
                .oauth2(inspector)
                .contentType("application/octet-stream")
                .header("X-File-Name", "a.png")
                .body(jpeg)
                .post("/evidence")
                .then()
                .statusCode(201)
                .body("contentType", equalTo("image/jpeg"))
                .body("width", equalTo(4))
                .body("height", equalTo(3));

        byte[] pdf = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        given().auth()
                .oauth2(inspector)
                .multiPart("file", "photo.jpg", pdf, "image/jpeg")
                .post("/evidence")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        given().auth()
                .oauth2(inspector)
                .contentType("image/jpeg")
                .body(pdf)
                .post("/evidence")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void oversizeEmptyOrMissingFilesAreRefused() {
        // the test profile allows 65,536 bytes
        byte[] big = Arrays.copyOf(Fixtures.png(), 65_537);
        given().auth()
                .oauth2(inspector)
                .multiPart("file", "big.png", big, "image/png")
                .post("/evidence")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
        given().auth()
                .oauth2(inspector)
                .contentType("image/png")
                .body(big)
                .post("/evidence")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
        byte[] justFits = unique(Arrays.copyOf(Fixtures.png(), 65_536 - 36));
        given().auth()
                .oauth2(inspector)
                .contentType("image/png")
                .body(justFits)
                .post("/evidence")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(inspector)
                .contentType("image/png")
                .body(new byte[0])
                .post("/evidence")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(inspector)
                .multiPart("other", "x.png", Fixtures.png(), "image/png")
                .post("/evidence")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void onlyThoseWhoDocumentProblemsUploadAndDepartmentsSeeTheirOwn() {
        given().multiPart("file", "a.png", unique(Fixtures.png()), "image/png")
                .post("/evidence")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .multiPart("file", "a.png", unique(Fixtures.png()), "image/png")
                .post("/evidence")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        // a department documents its own fix: it sees its photo, an unrelated department does not
        String cgj = KeycloakTokens.forUser("cgj1");
        String fix = given().auth()
                .oauth2(cgj)
                .multiPart("file", "整改后.png", unique(Fixtures.png()), "image/png")
                .post("/evidence")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth().oauth2(cgj).get("/evidence/" + fix).then().statusCode(200);
        given().auth()
                .oauth2(KeycloakTokens.forUser("jd01"))
                .get("/evidence/" + fix)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(KeycloakTokens.forUser("jd01"))
                .get("/evidence/" + fix + "/content")
                .then()
                .statusCode(404);

        // an inspector's photo that no inspection of the department's points uses is not the department's
        String patrol = Fixtures.photo(inspector);
        given().auth().oauth2(cgj).get("/evidence/" + patrol).then().statusCode(404);
        given().auth()
                .oauth2(inspector)
                .get("/evidence/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSignatureWithoutAWholeImageBehindItIsNoPhoto() {
        byte[] png = PictureTest.image("png", 8, 8);
        for (byte[] content : new byte[][] {Arrays.copyOf(png, 45), Arrays.copyOf(png, png.length - 20)}) {
            given().auth()
                    .oauth2(inspector)
                    .multiPart("file", "photo.png", unique(content), "image/png")
                    .post("/evidence")
                    .then()
                    .statusCode(415)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("file"))
                    .body("errors[0].message", containsString("damaged"));
        }
        given().auth()
                .oauth2(inspector)
                .multiPart("file", "huge.png", PictureTest.pngHeader(100_000, 100_000), "image/png")
                .post("/evidence")
                .then()
                .statusCode(413)
                .body("errors[0].message", containsString("pixels"));
    }

    @Test
    void theClientsFileNameIsKeptCleanedNeverAsAPath() {
        given().config(UTF8_NAMES)
                .auth()
                .oauth2(inspector)
                .multiPart("file", "C:\\fakepath\\..\\现场\u202e.png", unique(Fixtures.png()), "image/png")
                .post("/evidence")
                .then()
                .statusCode(201)
                .body("fileName", equalTo("现场.png"));
        given().auth()
                .oauth2(inspector)
                .contentType("image/png")
                .header("X-File-Name", "../../etc/passwd")
                .body(unique(Fixtures.png()))
                .post("/evidence")
                .then()
                .statusCode(201)
                .body("fileName", equalTo("passwd"));
    }

    private static byte[] unique(byte[] head) {
        byte[] tail = java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
        byte[] content = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, content, head.length, tail.length);
        assertEquals(head.length + 36, content.length);
        return content;
    }
}
