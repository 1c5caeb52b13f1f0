package gov.chuangcheng.inspection.open311;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an Open311 client library expects beyond the happy path: the api_key credential, XML beside JSON, a
 * discovery document, and the spec's error format for every error, those of authentication and of the HTTP layer
 * included. (Reads stay behind a token here: {@code cc.open311.public-reads} is off by default.)
 */
@QuarkusTest
class Open311ClientTest {

    private static final double LAT = 30.3100;
    private static final double LON = 120.2100;

    @Inject
    Fixtures fixtures;

    private String office;
    private String itemCode;
    private String pointCode;

    @BeforeEach
    void aPointWithAChecklist() {
        office = KeycloakTokens.forUser("office1");
        fixtures.seedUnits();
        String standard = Fixtures.unique("S");
        fixtures.standards(Fixtures.standard(standard, "占道经营", "BACK_STREET"));
        itemCode = Fixtures.unique("BJ");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"passThreshold":5,"items":[
                         {"code":"%s","standardCode":"%s","checkText":"无占道经营","maxScore":10,"passThreshold":6,"severity":"SERIOUS"}]}
                        """.formatted(itemCode, standard))
                .post("/checklists/BACK_STREET/versions")
                .then()
                .statusCode(201);
        pointCode = Fixtures.unique("BJ");
        given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"code":"%s","name":"背街小巷%s","type":"BACK_STREET","address":"东坡路%s号",
                         "street":"JD01","latitude":%s,"longitude":%s,"crs":"WGS84","responsibleUnitCode":"CGJ"}
                        """.formatted(pointCode, pointCode, pointCode, LAT, LON))
                .post("/points")
                .then()
                .statusCode(201);
    }

    @Test
    void aReportingSystemSubmitsWithItsApiKeyAndReadsXml() {
        String id = given().formParam("api_key", "test-key-7f3a9c0e")
                .formParam("service_code", itemCode)
                .formParam("address_id", pointCode)
                .formParam("description", "流动摊贩占道")
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(201)
                .body("[0].service_notice", containsString("背街小巷"))
                .extract()
                .path("[0].service_request_id");
        given().auth()
                .oauth2(office)
                .get("/open311/v2/requests/" + id + ".xml")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/xml"))
                .body("service_requests.request.service_request_id", equalTo(id))
                .body("service_requests.request.status", equalTo("open"));
        given().auth()
                .oauth2(office)
                .get("/open311/v2/services.xml")
                .then()
                .statusCode(200)
                .body("services.service.service_code", hasItem(itemCode));
        given().formParam("api_key", "test-key-7f3a9c0e")
                .formParam("service_code", itemCode)
                .formParam("address_id", pointCode)
                .post("/open311/v2/requests.xml")
                .then()
                .statusCode(201)
                .contentType(startsWith("text/xml"))
                .body("service_requests.request.service_notice", containsString("背街小巷"));
    }

    @Test
    void aWrongOrMissingCredentialIsAnOpen311Error() {
        given().formParam("api_key", "guessed")
                .formParam("service_code", itemCode)
                .formParam("address_id", pointCode)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(403)
                .contentType("application/json")
                .body("[0].code", equalTo(403))
                .body("[0].description", containsString("api_key"));
        given().formParam("service_code", itemCode)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(401)
                .contentType("application/json")
                .body("[0].code", equalTo(401));
        given().get("/open311/v2/services.json")
                .then()
                .statusCode(401)
                .contentType("application/json")
                .body("[0].code", equalTo(401));
        given().auth()
                .oauth2("not-a-token")
                .get("/open311/v2/requests.xml")
                .then()
                .statusCode(401)
                .contentType(startsWith("text/xml"))
                .body("errors.error.code", equalTo("401"));
        given().auth()
                .oauth2(KeycloakTokens.forUser("cgj1"))
                .get("/open311/v2/services.json")
                .then()
                .statusCode(403)
                .body("[0].code", equalTo(403));
    }

    @Test
    void theHttpLayersErrorsOnTheFacadeAreOpen311ErrorsToo() {
        given().delete("/open311/v2/services.json")
                .then()
                .statusCode(405)
                .contentType("application/json")
                .header("Allow", containsString("GET"))
                .body("[0].code", equalTo(405));
        given().urlEncodingEnabled(false)
                .get("/open311/v2/requests/a%00b.json")
                .then()
                .statusCode(400)
                .contentType("application/json")
                .body("[0].description", startsWith("path"));
        given().formParam("api_key", "test-key-7f3a9c0e")
                .formParam("service_code", itemCode)
                .formParam("description", "a\u0000b")
                .formParam("address_id", pointCode)
                .post("/open311/v2/requests.json")
                .then()
                .statusCode(400)
                .contentType("application/json")
                .body("[0].description", startsWith("description"));
    }

    @Test
    void theDiscoveryDocumentIsPublic() {
        given().get("/open311/discovery.json")
                .then()
                .statusCode(200)
                .body("endpoints[0].specification", equalTo("http://wiki.open311.org/GeoReport_v2"))
                .body("endpoints[0].url", endsWith("/open311/v2"))
                .body("endpoints[0].formats", hasItem("text/xml"))
                .body("key_service", containsString("api_key"));
        given().get("/open311/discovery.xml")
                .then()
                .statusCode(200)
                .body("discovery.endpoints.endpoint.type", equalTo("production"));
    }
}
