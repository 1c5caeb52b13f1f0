package gov.chuangcheng.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The classes of ordinary bad input that once reached the database or the HTTP layer and came back as a 500 or an
 * empty answer: each is a 4xx problem document naming what is wrong, and stores nothing.
 */
@QuarkusTest
@TestSecurity(user = "office1", roles = "office")
class HostileInputTest {

    private static ValidatableResponse post(String json) {
        return given().contentType("application/json")
                .body(json)
                .post("/samples")
                .then();
    }

    private static ValidatableResponse refused(ValidatableResponse r, String field, String message) {
        return r.statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message));
    }

    private static long samples() {
        return given().get("/samples/list?size=1")
                .then()
                .statusCode(200)
                .extract()
                .<Integer>path("total");
    }

    @Test
    void aPageFarBeyondTheEndIsRefusedBeforeAnyArithmetic() {
        refused(given().get("/samples/list?page=2147483647&size=50").then(), "page", "at most 1000000");
        refused(given().get("/samples/list?page=99999999999&size=50").then(), "page", "whole number");
        given().get("/samples/list?page=1000000&size=500").then().statusCode(200);
    }

    @Test
    void textWithNulOrALoneSurrogateIsRefusedNamingTheField() {
        long before = samples();
        refused(post("{\"code\":\"A\\u0000B\",\"name\":\"n\"}"), "code", "cannot be stored");
        refused(post("{\"code\":\"A\",\"name\":\"\\ud800\"}"), "name", "cannot be stored");
        refused(post("{\"code\":\"A\",\"name\":\"\\udc00x\"}"), "name", "cannot be stored");
        assertEquals(before, samples(), "nothing stored");
        // a whole surrogate pair is an ordinary character (an emoji)
        post("{\"code\":\"E-" + UUID.randomUUID() + "\",\"name\":\"\\ud83d\\ude00\"}")
                .statusCode(201);
    }

    @Test
    void nulInAPathSegmentQueryOrFormFieldIsRefusedNamingTheParameter() {
        refused(given().urlEncodingEnabled(false).get("/samples/by-code/A%00B").then(), "path", "cannot be stored");
        refused(
                given().urlEncodingEnabled(false)
                        .get("/samples/by-code/A?name=x%00")
                        .then(),
                "name",
                "cannot be stored");
        refused(
                given().multiPart("note", "a\u0000b")
                        .multiPart("file", "a.txt", new byte[] {1})
                        .post("/samples/upload")
                        .then(),
                "note",
                "cannot be stored");
    }

    @Test
    void scalarsAreNotCoercedIntoOtherTypes() {
        refused(post("{\"code\":\"A\",\"name\":false}"), "name", "must be text");
        refused(post("{\"code\":\"A\",\"name\":12}"), "name", "must be text");
        refused(post("{\"code\":\"A\",\"name\":\"n\",\"rank\":9.5}"), "rank", "whole number");
        refused(post("{\"code\":\"A\",\"name\":\"n\",\"rank\":\"5\"}"), "rank", "whole number");
        refused(post("{\"code\":\"A\",\"name\":\"n\",\"rank\":true}"), "rank", "whole number");
    }

    @Test
    void aRepeatedKeyAnUnknownFieldOrTrailingDataIsRefused() {
        long before = samples();
        refused(post("{\"code\":\"A\",\"name\":\"n\",\"name\":\"m\"}"), "name", "more than once");
        refused(post("{\"code\":\"A\",\"name\":\"n\",\"nmae\":\"x\"}"), "nmae", "not a field");
        refused(post("{\"code\":\"A\",\"name\":\"n\"} {\"code\":\"B\"}"), "body", "");
        assertEquals(before, samples(), "nothing stored");
    }

    @Test
    void aMalformedMultipartBodyIs400() {
        given().contentType("multipart/form-data; boundary=XYZ")
                .body("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nabc"
                        .getBytes(StandardCharsets.UTF_8))
                .post("/samples/upload")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().contentType("multipart/form-data")
                .body("no boundary at all".getBytes(StandardCharsets.UTF_8))
                .post("/samples/upload")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theHttpLayersRefusalsAreProblemsToo() {
        given().get("/samples/page?size=1&x=" + "a".repeat(9000))
                .then()
                .statusCode(414)
                .contentType("application/problem+json")
                .body("status", equalTo(414));
        given().contentType("application/json")
                .body("{\"code\":\"" + "x".repeat(300 * 1024) + "\"}")
                .post("/samples")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void answersLeaveOutFieldsWithoutAValueInsteadOfWritingNull() {
        String body = given().get("/samples/page?size=5")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals("{\"size\":5}", body);
    }

    @Test
    void aMethodThePathDoesNotHaveIs405WithAllow() {
        given().request("TRACE", "/samples/list")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"));
        given().delete("/samples/list")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"));
    }
}
