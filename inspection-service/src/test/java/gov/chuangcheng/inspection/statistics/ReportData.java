package gov.chuangcheng.inspection.statistics;

import static io.restassured.RestAssured.given;

import gov.chuangcheng.inspection.Fixtures;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data for reports, made through the APIs with real tokens: a two-item checklist on fresh standards, points and
 * inspections. Days and map areas come from counters (never at random), so that no two tests of a run share them and
 * a report over "its" day or box sees only its own inspections and points.
 */
public final class ReportData {

    /** Beijing time, where the office reads days. */
    public static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    private static final AtomicInteger DAYS = new AtomicInteger();
    private static final AtomicInteger AREAS = new AtomicInteger();

    private ReportData() {}

    /** A day of 2001 no other test of this run uses, with four unused days on either side. */
    public static LocalDate freshDay() {
        return LocalDate.of(2001, 1, 5).plusDays(9L * DAYS.getAndIncrement());
    }

    /** The south-west corner of a 0.04° × 0.04° box off Hainan that no other test of this run puts points in. */
    public static double[] freshArea() {
        int n = AREAS.getAndIncrement();
        return new double[] {17.0 + 0.05 * (n / 20), 109.0 + 0.05 * (n % 20)};
    }

    public static OffsetDateTime at(LocalDate day, int hour, int minute, int second) {
        return day.atTime(hour, minute, second).atOffset(BEIJING);
    }

    /**
     * A checklist of two items, A (general) and B (critical), max 10 each, thresholds 6 and 8; the point needs 10.
     * So failing A alone still passes the inspection (with one failed item), failing B fails it.
     */
    public record Checklist(String type, int version, String standardA, String standardB) {}

    public static Checklist checklist(Fixtures fixtures, String office, String type) {
        String a = Fixtures.unique("SA");
        String b = Fixtures.unique("SB");
        fixtures.standards(Fixtures.standard(a, "标准甲" + a, type), Fixtures.standard(b, "标准乙" + b, type));
        int version = given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"passThreshold":10,"items":[
                         {"code":"A","standardCode":"%s","checkText":"无乱堆乱放","maxScore":10,"passThreshold":6,"severity":"GENERAL"},
                         {"code":"B","standardCode":"%s","checkText":"无安全隐患","maxScore":10,"passThreshold":8,"severity":"CRITICAL"}]}
                        """.formatted(a, b))
                .post("/checklists/" + type + "/versions")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        return new Checklist(type, version, a, b);
    }

    /** Creates an active (or inactive) point and answers its id. {@code street} may be null. */
    public static String point(
            String office,
            String code,
            String type,
            String unit,
            String street,
            double lat,
            double lon,
            boolean active) {
        return given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"code":"%s","name":"点位%s","type":"%s","address":"测试路1号","street":%s,
                         "latitude":%s,"longitude":%s,"crs":"WGS84","responsibleUnitCode":"%s","active":%s}
                        """.formatted(
                        code, code, type, street == null ? "null" : "\"" + street + "\"", lat, lon, unit, active))
                .post("/points")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Submits an inspection; {@code passA}/{@code passB} give the items full marks or none. Answers its id. */
    public static String inspect(
            String inspector,
            String pointCode,
            Checklist checklist,
            OffsetDateTime at,
            double lat,
            double lon,
            boolean passA,
            boolean passB) {
        return given().auth()
                .oauth2(inspector)
                .contentType("application/json")
                .body("""
                        {"pointCode":"%s","inspectedAt":"%s","latitude":%s,"longitude":%s,"checklistVersion":%d,
                         "items":[{"itemCode":"A","score":%s},{"itemCode":"B","score":%s}]}
                        """.formatted(pointCode, at, lat, lon, checklist.version(), passA ? 10 : 0, passB ? 10 : 0))
                .post("/inspections")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
