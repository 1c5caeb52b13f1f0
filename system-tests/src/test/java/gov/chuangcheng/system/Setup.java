package gov.chuangcheng.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The office's and the inspectors' steps that several system tests take, through the public APIs only: units, the
 * seed evaluation system and the 农贸市场 checklist, a round-the-clock calendar, points, and inspections.
 */
final class Setup {

    private final SystemUnderTest system;
    private final String office;

    Setup(SystemUnderTest system) {
        this.system = system;
        this.office = Tokens.forUser("office1");
    }

    String office() {
        return office;
    }

    /** Creates the unit in task-service's directory unless it exists; {@code extra} is more JSON (contacts …). */
    void ensureUnit(String code, String name, String kind, String extra) {
        if (given().baseUri(system.task.baseUrl())
                        .auth()
                        .oauth2(office)
                        .get("/units/" + code)
                        .statusCode()
                == 404) {
            given().baseUri(system.task.baseUrl())
                    .auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"" + extra
                            + "}")
                    .post("/units")
                    .then()
                    .statusCode(201);
        }
    }

    /**
     * Every day a working day, round the clock, this year and next: a drill's deadlines then run in seconds of real
     * time, and a countdown across the new year counts every day.
     */
    void roundTheClockCalendar() {
        int year = OffsetDateTime.now(ZoneOffset.ofHours(8)).getYear();
        roundTheClock(year);
        roundTheClock(year + 1);
    }

    private void roundTheClock(int year) {
        var calendar = given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(office)
                .get("/calendar/" + year);
        if (calendar.statusCode() == 200 && Boolean.TRUE.equals(calendar.path("allDaysWorking"))) {
            return;
        }
        var put = given().baseUri(system.accountability.baseUrl())
                .auth()
                .oauth2(office)
                .contentType("application/json")
                .body("{\"zone\":\"Asia/Shanghai\",\"allDaysWorking\":true,\"days\":[]}");
        if (calendar.statusCode() == 200) {
            put = put.header("If-Match", calendar.header("ETag"));
        }
        put.put("/calendar/" + year).then().statusCode(200);
    }

    /** The seed evaluation system, imported and activated unless one is active. */
    void evaluationSystem() {
        if (given().baseUri(system.task.baseUrl())
                        .auth()
                        .oauth2(office)
                        .get("/evaluation-systems/active")
                        .statusCode()
                == 200) {
            return;
        }
        String version = "ST-" + UUID.randomUUID().toString().substring(0, 6);
        given().baseUri(system.task.baseUrl())
                .auth()
                .oauth2(office)
                .contentType("text/csv; charset=UTF-8")
                .body(seed("evaluation-system.csv"))
                .post("/evaluation-systems/" + version + "/import")
                .then()
                .statusCode(201);
        given().baseUri(system.task.baseUrl())
                .auth()
                .oauth2(office)
                .post("/evaluation-systems/" + version + "/activate")
                .then()
                .statusCode(200);
    }

    /** Waits until inspection-service knows the standards and the unit, then sets up the market checklist. */
    void marketChecklist(String unitCode) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            given().baseUri(system.inspection.baseUrl())
                    .auth()
                    .oauth2(office)
                    .get("/catalogue/standards/S-3.1.5")
                    .then()
                    .statusCode(200);
            given().baseUri(system.inspection.baseUrl())
                    .auth()
                    .oauth2(office)
                    .get("/directory/units/" + unitCode)
                    .then()
                    .statusCode(200);
        });
        if (given().baseUri(system.inspection.baseUrl())
                        .auth()
                        .oauth2(office)
                        .get("/checklists/FARMERS_MARKET")
                        .statusCode()
                == 404) {
            given().baseUri(system.inspection.baseUrl())
                    .auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body(farmersMarketChecklist())
                    .post("/checklists/FARMERS_MARKET/versions")
                    .then()
                    .statusCode(201);
        }
    }

    /** A 农贸市场 point of the unit at the test position. */
    void marketPoint(String code, String name, String unitCode) {
        given().baseUri(system.inspection.baseUrl())
                .auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"code":"%s","name":"%s","type":"FARMERS_MARKET","address":"城关区测试路1号",
                         "latitude":30.27412,"longitude":120.15515,"crs":"WGS84","responsibleUnitCode":"%s"}
                        """.formatted(code, name, unitCode))
                .post("/points")
                .then()
                .statusCode(201);
    }

    /**
     * 农贸市场 points in one all-or-nothing CSV import (at the test position); {@code unitOfPoint} maps each point code
     * to its responsible unit, in the order the points are created.
     */
    void marketPoints(java.util.Map<String, String> unitOfPoint, String namePrefix) {
        StringBuilder csv = new StringBuilder(
                "code,name,type,address,street,latitude,longitude,crs,responsible_unit," + "co_units,active\n");
        unitOfPoint.forEach((code, unit) -> csv.append(code)
                .append(',')
                .append(namePrefix)
                .append(code)
                .append(",FARMERS_MARKET,城关区测试路1号,,30.27412,120.15515,WGS84,")
                .append(unit)
                .append(",,true\n"));
        given().baseUri(system.inspection.baseUrl())
                .auth()
                .oauth2(office)
                .contentType("text/csv; charset=UTF-8")
                .body(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/points/import")
                .then()
                .statusCode(200);
    }

    /** The inspection of a market point with 生熟分区 (NM-05, critical) failed; answers the inspection id. */
    String failCriticalItem(String inspectorToken, String pointCode) {
        return inspect(inspectorToken, pointCode, null, 2);
    }

    /** An inspection scoring NM-05 as given and every other item 9 of 10; a re-inspection when orderId is set. */
    String inspect(String inspectorToken, String pointCode, String reinspectionOrderId, int criticalScore) {
        String items = "["
                + String.join(
                        ",",
                        IntStream.rangeClosed(1, 6)
                                .mapToObj(i -> "{\"itemCode\":\"NM-0" + i + "\",\"score\":"
                                        + (i == 5 ? criticalScore : 9) + "}")
                                .toList())
                + "]";
        String order = reinspectionOrderId == null ? "" : ",\"reinspectionOrderId\":\"" + reinspectionOrderId + "\"";
        return given().baseUri(system.inspection.baseUrl())
                .auth()
                .oauth2(inspectorToken)
                .contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("""
                        {"pointCode":"%s","inspectedAt":"%s","latitude":30.27412,"longitude":120.15515,"crs":"WGS84",
                         "items":%s%s}""".formatted(
                                pointCode, OffsetDateTime.now(ZoneOffset.UTC).withNano(0), items, order))
                .post("/inspections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static byte[] seed(String file) {
        try {
            return Files.readAllBytes(Path.of("..", "scripts", "seed", file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String farmersMarketChecklist() {
        try {
            return new ObjectMapper()
                    .readTree(
                            Path.of("..", "scripts", "seed", "checklists.json").toFile())
                    .get("FARMERS_MARKET")
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
