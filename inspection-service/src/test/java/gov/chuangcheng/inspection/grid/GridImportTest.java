package gov.chuangcheng.inspection.grid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The office's grid import: upsert by code, and hostile input answered 4xx naming the field, storing nothing. */
@QuarkusTest
class GridImportTest {

    private static final String PROBLEM = "application/problem+json";

    private String office;

    @jakarta.inject.Inject
    Fixtures fixtures;

    @BeforeEach
    void units() {
        office = KeycloakTokens.forUser("office1");
        fixtures.seedUnits();
    }

    private io.restassured.response.ValidatableResponse post(String body) {
        return given().auth()
                .oauth2(office)
                .contentType("application/geo+json; charset=UTF-8")
                .body(body)
                .post("/grids")
                .then();
    }

    private void absent(String code) {
        given().auth().oauth2(office).get("/grids/" + code).then().statusCode(404);
    }

    @Test
    void anImportIsAnUpsertByCodeAndTheGridIsReadBack() {
        String code = Fixtures.unique("SQ");
        String body = GridRoutingTest.collection(
                GridRoutingTest.feature(code, "社区", "CGJ", GridRoutingTest.square(-60.5, 10.5, 0.01)));
        post(body).statusCode(200).body("created", equalTo(1)).body("createdCodes", hasItem(code));
        post(body.replace("\"CGJ\"", "\"SQ0101\"").replace("\"coUnitCodes\":[\"JD01\"]", "\"coUnitCodes\":[]"))
                .statusCode(200)
                .body("updated", equalTo(1));
        given().auth()
                .oauth2(KeycloakTokens.forUser("inspector1"))
                .get("/grids/" + code)
                .then()
                .statusCode(200)
                .body("kind", equalTo("COMMUNITY"))
                .body("responsibleUnitCode", equalTo("SQ0101"))
                .body("geometry.type", equalTo("MultiPolygon"))
                .body("geometry.coordinates[0][0]", org.hamcrest.Matchers.hasSize(5));
        given().auth()
                .oauth2(office)
                .queryParam("unit", "SQ0101")
                .queryParam("size", 500)
                .get("/grids")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(code));
    }

    @Test
    void badPolygonsAreRefusedNamingTheFeatureAndNothingIsStored() {
        String good = Fixtures.unique("WG");
        String bad = Fixtures.unique("WG");
        String bowTie =
                "{\"type\":\"Polygon\",\"coordinates\":[[[10,-60],[10.01,-59.99],[10.01,-60],[10,-59.99],[10,-60]]]}";
        post(GridRoutingTest.collection(
                        GridRoutingTest.feature(good, "GRID", "CGJ", GridRoutingTest.square(-60, 10, 0.01)),
                        GridRoutingTest.feature(bad, "GRID", "CGJ", bowTie)))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("features[1].geometry.coordinates[0]"))
                .body("errors[0].message", containsString("crosses itself"));
        absent(good);
        absent(bad);

        Object[][] cases = {
            {
                "{\"type\":\"Polygon\",\"coordinates\":[[[10,-60],[11,-60],[11,-59],[10,-59]]]}",
                "features[0].geometry.coordinates[0]"
            },
            {
                "{\"type\":\"Polygon\",\"coordinates\":[[[10,-60],[200,-60],[11,-59],[10,-60]]]}",
                "features[0].geometry.coordinates[0][1]"
            },
            {
                "{\"type\":\"Polygon\",\"coordinates\":[[[10,-60],[11,-60],[10,-60]]]}",
                "features[0].geometry.coordinates[0]"
            },
            {"{\"type\":\"LineString\",\"coordinates\":[[10,-60],[11,-60]]}", "features[0].geometry.type"},
            {
                "{\"type\":\"Polygon\",\"coordinates\":[[[10,-60],[10.1,-60],[10.1,-59.9],[10,-60]],"
                        + "[[10.2,-59.95],[10.3,-59.95],[10.3,-59.9],[10.2,-59.95]]]}",
                "features[0].geometry.coordinates[1]"
            },
            {"null", "features[0].geometry"},
        };
        for (Object[] c : cases) {
            post(GridRoutingTest.collection(GridRoutingTest.feature(good, "GRID", "CGJ", (String) c[0])))
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem((String) c[1]));
        }
        post(GridRoutingTest.collection(GridRoutingTest.feature(
                        good, "VILLAGE", "NO-SUCH-UNIT", GridRoutingTest.square(-60, 10, 0.01))))
                .statusCode(400)
                .body("errors.field", hasItem("features[0].properties.kind"));
        post(GridRoutingTest.collection(
                        GridRoutingTest.feature(good, "GRID", "NO-SUCH-UNIT", GridRoutingTest.square(-60, 10, 0.01))))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("features[0].properties.responsibleUnitCode"));
        post("{\"type\":\"FeatureCollection\",\"features\":[").statusCode(400).body("errors[0].field", equalTo("body"));
        post("{\"type\":\"Feature\"}").statusCode(400).body("errors[0].field", equalTo("type"));
        absent(good);
    }

    @Test
    void hugeImportsAreRefusedBeforeAnythingIsBuilt() {
        String code = Fixtures.unique("WG");
        StringBuilder ring = new StringBuilder("[");
        int n = 10_050;
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            ring.append(String.format(Locale.ROOT, "[%.7f,%.7f],", 10 + 0.01 * Math.cos(a), -60 + 0.01 * Math.sin(a)));
        }
        ring.append("[10.01,-60.0]]");
        post(GridRoutingTest.collection(GridRoutingTest.feature(
                        code, "GRID", "CGJ", "{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}")))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("features[0].geometry.coordinates"))
                .body("errors[0].message", containsString("10000"));
        String padding = " ".repeat(2 * 1024 * 1024);
        post(GridRoutingTest.collection(
                                GridRoutingTest.feature(code, "GRID", "CGJ", GridRoutingTest.square(-60, 10, 0.01)))
                        + padding)
                .statusCode(413)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"));
        absent(code);
        // only the office imports
        given().auth()
                .oauth2(KeycloakTokens.forUser("inspector1"))
                .contentType("application/geo+json; charset=UTF-8")
                .body(GridRoutingTest.collection(
                        GridRoutingTest.feature(code, "GRID", "CGJ", GridRoutingTest.square(-60, 10, 0.01))))
                .post("/grids")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(office)
                .queryParam("lat", "95")
                .queryParam("lon", "10")
                .get("/grids/containing")
                .then()
                .statusCode(400)
                .body("errors[0].field", startsWith("lat"));
    }
}
