package gov.chuangcheng.inspection.point;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.inspection.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PointResourceTest {

    @Inject
    Fixtures fixtures;

    static String pointJson(String code, String type, String unit, double lat, double lon, String crs) {
        return """
                {"code":"%s","name":"测试点位%s","type":"%s","address":"城关街道解放路1号","street":"JD01",
                 "latitude":%s,"longitude":%s,"crs":%s,"responsibleUnitCode":"%s","coUnitCodes":[]}
                """.formatted(code, code, type, lat, lon, crs == null ? "null" : "\"" + crs + "\"", unit);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void officeCreatesAPointFromGcj02AndItIsStoredInWgs84() throws Exception {
        String unit = Fixtures.unique("U");
        fixtures.units(Fixtures.unit(unit, "测试单位", UnitKind.DEPARTMENT, null));
        String code = Fixtures.unique("P");
        double gcjLat = 39.908823;
        double gcjLon = 116.397470;
        LatLon expected = ChinaCoordinates.gcj02ToWgs84(gcjLat, gcjLon);
        Response created = given().contentType("application/json")
                .body(pointJson(code, "FARMERS_MARKET", unit, gcjLat, gcjLon, "GCJ02"))
                .post("/points");
        created.then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.endsWith("/points/" + code))
                .body("crs", equalTo("WGS84"))
                .body("typeName", equalTo("农贸市场"));
        com.fasterxml.jackson.databind.JsonNode body =
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(created.asString());
        assertEquals(expected.lat(), body.get("latitude").asDouble(), 1e-9);
        assertEquals(expected.lon(), body.get("longitude").asDouble(), 1e-9);
        double shift = Geo.distanceMeters(
                new LatLon(gcjLat, gcjLon),
                new LatLon(
                        body.get("latitude").asDouble(), body.get("longitude").asDouble()));
        assertTrue(shift > 300, "GCJ-02 input must be converted, shift " + shift);

        given().contentType("application/json")
                .body(pointJson(code, "FARMERS_MARKET", unit, 30, 120, "WGS84"))
                .post("/points")
                .then()
                .statusCode(409);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void badPointsAreRejectedByFieldAndChangeNothing() {
        String code = Fixtures.unique("P");
        given().contentType("application/json")
                .body(pointJson(code, "FARMERS_MARKET", "NO-SUCH-UNIT", 30, 120, "WGS84"))
                .post("/points")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("responsibleUnitCode"));
        given().contentType("application/json")
                .body(pointJson(code, "FARMERS_MARKET", "CGJ", 30, 120, null))
                .post("/points")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("crs"));
        given().contentType("application/json")
                .body(pointJson(code, "FARMERS_MARKET", "CGJ", 95, 120, "WGS84"))
                .post("/points")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("latitude"));
        given().contentType("application/json")
                .body(pointJson(code, "SPACESHIP", "CGJ", 30, 120, "WGS84"))
                .post("/points")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("type"));
        given().get("/points/" + code).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void editsNeedTheCurrentVersion() {
        String unit = Fixtures.unique("U");
        String other = Fixtures.unique("U");
        fixtures.units(
                Fixtures.unit(unit, "测试单位", UnitKind.DEPARTMENT, null),
                Fixtures.unit(other, "协办单位", UnitKind.DEPARTMENT, null));
        String code = Fixtures.unique("P");
        given().contentType("application/json")
                .body(pointJson(code, "BACK_STREET", unit, 30, 120, "WGS84"))
                .post("/points")
                .then()
                .statusCode(201);
        String edit = pointJson(code, "BACK_STREET", unit, 30.001, 120, "WGS84")
                .replace("\"coUnitCodes\":[]", "\"coUnitCodes\":[\"" + other + "\"]");
        given().contentType("application/json")
                .body(edit)
                .put("/points/" + code)
                .then()
                .statusCode(428);
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(edit)
                .put("/points/" + code)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("coUnitCodes", contains(other));
        given().contentType("application/json")
                .header("If-Match", "\"0\"")
                .body(edit)
                .put("/points/" + code)
                .then()
                .statusCode(412);
        given().queryParam("unit", other).get("/points").then().statusCode(200).body("items.code", contains(code));
    }

    @Test
    @TestSecurity(user = "inspector1", roles = "inspector")
    void inspectorsCannotManagePoints() {
        given().contentType("application/json")
                .body(pointJson(Fixtures.unique("P"), "BACK_STREET", "CGJ", 30, 120, "WGS84"))
                .post("/points")
                .then()
                .statusCode(403);
        given().contentType("text/csv; charset=UTF-8")
                .body(PointCsv.COLUMN_LIST + "\n")
                .post("/points/import")
                .then()
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void listFiltersByTypeUnitStreetAndRadius() {
        String unit = Fixtures.unique("U");
        fixtures.units(Fixtures.unit(unit, "测试单位", UnitKind.DEPARTMENT, null));
        // three points around a spot no other test uses (in the sea off Zhoushan, far from everything)
        double lat = 29.5 + Math.random() * 0.5;
        double lon = 123.0 + Math.random() * 0.5;
        String near = Fixtures.unique("NEAR");
        String edge = Fixtures.unique("EDGE");
        String far = Fixtures.unique("FAR");
        // 0.0040° of latitude ≈ 445 m; 0.0100° ≈ 1112 m
        given().contentType("application/json")
                .body(pointJson(near, "FARMERS_MARKET", unit, lat + 0.0010, lon, "WGS84"))
                .post("/points")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body(pointJson(edge, "BACK_STREET", unit, lat + 0.0040, lon, "WGS84"))
                .post("/points")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body(pointJson(far, "BACK_STREET", unit, lat, lon + 0.0120, "WGS84")
                        .replace("\"street\":\"JD01\"", "\"street\":\"JD02\""))
                .post("/points")
                .then()
                .statusCode(201);

        given().queryParam("near", lat + "," + lon)
                .queryParam("radiusMeters", 500)
                .get("/points")
                .then()
                .statusCode(200)
                .body("items.code", hasItems(near, edge))
                .body("items.code", not(hasItem(far)));
        given().queryParam("near", lat + "," + lon)
                .queryParam("radiusMeters", 300)
                .get("/points")
                .then()
                .statusCode(200)
                .body("items.code", contains(near));
        given().queryParam("near", lat + "," + lon)
                .queryParam("radiusMeters", 2000)
                .get("/points")
                .then()
                .statusCode(200)
                .body("items.code", containsInAnyOrder(near, edge, far));
        given().queryParam("unit", unit)
                .queryParam("type", "BACK_STREET")
                .get("/points")
                .then()
                .body("items.code", containsInAnyOrder(edge, far))
                .body("total", equalTo(2));
        given().queryParam("unit", unit)
                .queryParam("street", "JD02")
                .get("/points")
                .then()
                .body("items.code", contains(far));
        given().queryParam("unit", unit)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .get("/points")
                .then()
                .body("items.size()", equalTo(1))
                .body("total", equalTo(3))
                .body("page", equalTo(1));
        given().queryParam("near", "north")
                .get("/points")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("near"));
        given().queryParam("near", lat + "," + lon)
                .queryParam("radiusMeters", 0)
                .get("/points")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("radiusMeters"));
        given().queryParam("size", 0).get("/points").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "office1", roles = "office")
    void csvImportIsAllOrNothingWithRowErrors() {
        String unit = Fixtures.unique("U");
        fixtures.units(Fixtures.unit(unit, "测试单位", UnitKind.DEPARTMENT, null));
        String a = Fixtures.unique("CSV");
        String b = Fixtures.unique("CSV");
        String good = PointCsv.COLUMN_LIST + "\r\n"
                + a + ",城关农贸市场,农贸市场,\"解放路1号, 东门\",JD01,30.27,120.15,GCJ02," + unit + ",,\r\n"
                + b + ",解放路背街,BACK_STREET,解放路,JD01,30.28,120.16,WGS84," + unit + ",,是\r\n";
        given().contentType("text/csv; charset=UTF-8")
                .body(good)
                .post("/points/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(2))
                .body("updated", equalTo(0));
        given().get("/points/" + a)
                .then()
                .statusCode(200)
                .body("address", equalTo("解放路1号, 东门"))
                .body("latitude", not(equalTo(30.27f)));
        given().get("/points/" + b).then().statusCode(200).body("latitude", equalTo(30.28f));
        // importing again updates
        given().contentType("text/csv; charset=UTF-8")
                .body(good)
                .post("/points/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(2));

        String c = Fixtures.unique("CSV");
        String d = Fixtures.unique("CSV");
        String bad = PointCsv.COLUMN_LIST + "\n"
                + c + ",好的一行,BACK_STREET,地址,JD01,30.1,120.1,WGS84," + unit + ",,\n"
                + d + ",坏的一行,BACK_STREET,地址,JD01,abc,120.1,WGS84,NO-SUCH-UNIT,,\n"
                + c + ",重复,BACK_STREET,地址,JD01,30.1,120.1,WGS84," + unit + ",,\n"
                + d + "x,,BACK_STREET,地址,JD01,30.1,120.1,,," + unit + ",\n";
        Response response =
                given().contentType("text/csv; charset=UTF-8").body(bad).post("/points/import");
        response.then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        contains(
                                "rows[3].latitude",
                                "rows[3].responsible_unit",
                                "rows[4].code",
                                "rows[5].name",
                                "rows[5].crs",
                                "rows[5].responsible_unit"));
        assertEquals(
                "'abc' is not a decimal number of degrees", response.jsonPath().getString("errors[0].message"));
        given().get("/points/" + c).then().statusCode(404);
        given().get("/points/" + d).then().statusCode(404);
    }
}
