package gov.chuangcheng.inspection.mock;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.CloudEvents;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.patrol.PatrolPlanAssigned;
import gov.chuangcheng.inspection.Fixtures;
import gov.chuangcheng.inspection.statistics.ReportData;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KafkaEvents;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mock exams with real tokens, PostgreSQL and Kafka: the office declares points and draws; the draw becomes the
 * inspectors' patrol plans; their patrols of the drawn points that day, and nothing else, score the mock. Its points
 * are of types (公共文化场馆, 交通场站) no other test uses, so that the standards applying to them are this test's own.
 */
@QuarkusTest
class MockExamTest {

    private static final double LAT = 30.2741;
    private static final double LON = 120.1551;
    private static final String VENUE = "CULTURAL_VENUE";
    private static final String HUB = "TRANSPORT_HUB";

    @Inject
    Fixtures fixtures;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    private String office;

    @BeforeEach
    void tokens() {
        office = KeycloakTokens.forUser("office1");
        fixtures.seedUnits();
    }

    private String point(String type, boolean active) {
        String code = Fixtures.unique(type.substring(0, 2));
        ReportData.point(office, code, type, "CGJ", "JD01", LAT, LON, active);
        return code;
    }

    private List<String> points(String type, int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            codes.add(point(type, true));
        }
        return codes;
    }

    private String etag() {
        return given().auth()
                .oauth2(office)
                .get("/declared-points")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** Replaces the declared list; {@code ifMatch} null sends no If-Match. */
    private Response declare(String ifMatch, List<String> codes) {
        io.restassured.specification.RequestSpecification request =
                given().auth().oauth2(office).contentType("application/json");
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.body("{\"pointCodes\":[" + quoted(codes) + "]}").put("/declared-points");
    }

    private static String quoted(List<String> values) {
        return values.isEmpty() ? "" : "\"" + String.join("\",\"", values) + "\"";
    }

    private Response draw(LocalDate day, String quotas, Long seed, int exclude, List<String> inspectors) {
        return given().auth()
                .oauth2(office)
                .contentType("application/json")
                .body("""
                        {"date":"%s","quotas":{%s},%s"excludeLastDraws":%d,"inspectors":[%s],"note":"迎检前模拟测评"}
                        """.formatted(
                                day, quotas, seed == null ? "" : "\"seed\":" + seed + ",", exclude, quoted(inspectors)))
                .post("/mock-exams");
    }

    private static String someone() {
        return Fixtures.unique("mock").toLowerCase(Locale.ROOT);
    }

    private long exams() {
        return given().auth()
                .oauth2(office)
                .get("/mock-exams")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("total");
    }

    @Test
    void aDrawBecomesThePatrolPlansAndTheMockScoresFromTheirInspectionsAlone() throws Exception {
        String inspector1 = KeycloakTokens.forUser("inspector1");
        ReportData.Checklist venues = ReportData.checklist(fixtures, office, VENUE);
        ReportData.Checklist hubs = ReportData.checklist(fixtures, office, HUB);
        // a field standard of hubs on no checklist: it applies, nobody can score it, so it has no data
        String unscored = Fixtures.unique("SX");
        fixtures.standards(Fixtures.standard(unscored, "无人评分" + unscored, HUB));
        List<String> declaredVenues = points(VENUE, 4);
        List<String> declaredHubs = points(HUB, 5);
        String notDeclared = point(VENUE, true);
        List<String> all = new ArrayList<>(declaredVenues);
        all.addAll(declaredHubs);

        declare(etag(), all)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("total", equalTo(9))
                .body("byType.type", contains(VENUE, HUB))
                .body("byType.typeName", contains("公共文化场馆", "交通场站"))
                .body("byType.declared", contains(4, 5))
                .body("points.code", not(hasItem(notDeclared)))
                .body("points[0].declaredBy", equalTo("office1"));
        given().auth()
                .oauth2(KeycloakTokens.forUser("leader1"))
                .queryParam("type", HUB)
                .get("/declared-points")
                .then()
                .statusCode(200)
                .body("points.code", containsInAnyOrder(declaredHubs.toArray()));
        given().auth()
                .oauth2(office)
                .queryParam("point", declaredHubs.get(0))
                .get("/declared-points/history")
                .then()
                .statusCode(200)
                .body("items[0].declared", equalTo(true))
                .body("items[0].changedBy", equalTo("office1"));

        LocalDate day = ReportData.freshDay();
        JsonPath exam;
        try (KafkaEvents kafka = new KafkaEvents(topics.of(Topic.INSPECTIONS))) {
            Response drawn = draw(
                    day, "\"%s\":2,\"%s\":2".formatted(HUB, VENUE), 20261210L, 0, List.of("inspector1", "inspector2"));
            drawn.then()
                    .statusCode(201)
                    .body("seed", equalTo(20261210))
                    .body("seedGenerated", equalTo(false))
                    .body("quotas.type", contains(VENUE, HUB))
                    .body("quotas.declared", contains(4, 5))
                    .body("points.size()", equalTo(4))
                    .body("points.type", contains(VENUE, VENUE, HUB, HUB))
                    .body("points.inspector", contains("inspector1", "inspector2", "inspector1", "inspector2"))
                    .body("plans.inspector", contains("inspector1", "inspector2"))
                    .body("score.pointsDrawn", equalTo(4))
                    .body("score.pointsInspected", equalTo(0))
                    .body("score.total", nullValue())
                    .body("score.fullMarks", equalTo(10.0f))
                    .body("createdBy", equalTo("office1"));
            exam = drawn.jsonPath();
            given().auth()
                    .oauth2(office)
                    .get(drawn.header("Location"))
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(exam.getString("id")));

            // the inspector's day is the draw's plan, announced on the broker like any plan
            given().auth()
                    .oauth2(inspector1)
                    .queryParam("date", day.toString())
                    .get("/patrol-plans/mine")
                    .then()
                    .statusCode(200)
                    .body("planId", equalTo(exam.getString("plans[0].planId")))
                    .body("points.code", contains(exam.getString("points[0].code"), exam.getString("points[2].code")));
            PatrolPlanAssigned assigned = json.readValue(
                    kafka.await(
                                    r -> "inspector2".equals(r.key())
                                            && "cc.patrol-plan.assigned.v1"
                                                    .equals(KafkaEvents.header(r, CloudEvents.HEADER_TYPE))
                                            && r.value().contains(exam.getString("plans[1].planId")),
                                    1,
                                    Duration.ofSeconds(30))
                            .get(0)
                            .value(),
                    PatrolPlanAssigned.class);
            assertEquals(
                    List.of(exam.getString("points[1].code"), exam.getString("points[3].code")), assigned.pointCodes());
            assertEquals(day, assigned.startDate());
            assertEquals(day, assigned.endDate());
        }

        String venue1 = exam.getString("points[0].code"); // inspector1's
        String venue2 = exam.getString("points[1].code"); // inspector2's
        String hub1 = exam.getString("points[2].code"); // inspector1's
        String hub2 = exam.getString("points[3].code"); // inspector2's
        String inspector2 = KeycloakTokens.forUser("inspector2");
        ReportData.inspect(inspector1, venue1, venues, ReportData.at(day, 9, 30, 0), LAT, LON, true, true);
        ReportData.inspect(inspector2, venue2, venues, ReportData.at(day, 10, 0, 0), LAT, LON, false, true);
        ReportData.inspect(inspector1, hub1, hubs, ReportData.at(day, 11, 0, 0), LAT, LON, true, true);
        // not the mock's: another inspector's point, another day, an undrawn point
        ReportData.inspect(inspector1, hub2, hubs, ReportData.at(day, 11, 30, 0), LAT, LON, false, false);
        ReportData.inspect(inspector1, hub1, hubs, ReportData.at(day.plusDays(1), 8, 0, 0), LAT, LON, false, false);
        String undrawn = declaredVenues.stream()
                .filter(c -> !c.equals(venue1) && !c.equals(venue2))
                .findFirst()
                .orElseThrow();
        ReportData.inspect(inspector1, undrawn, venues, ReportData.at(day, 12, 0, 0), LAT, LON, false, false);

        String path = "/mock-exams/" + exam.getString("id");
        for (String reader : List.of(office, KeycloakTokens.forUser("leader1"))) {
            given().auth()
                    .oauth2(reader)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("points.inspected", contains(true, true, true, false))
                    .body("score.pointsInspected", equalTo(3))
                    // A of venues: 1 of 2 passing → 1.00; B of venues 2 of 2, A and B of hubs 1 of 1 → 2.00 each
                    .body("score.total", equalTo(7.0f))
                    .body("score.fullMarks", equalTo(10.0f))
                    .body("score.coveredMarks", equalTo(8.0f))
                    .body("score.coverage", equalTo(0.8f))
                    .body("score.standards", equalTo(5))
                    .body("score.standardsWithoutData", equalTo(1))
                    .body("standards.find { it.code == '%s' }.score".formatted(venues.standardA()), equalTo(1.0f))
                    .body("standards.find { it.code == '%s' }.lost".formatted(venues.standardA()), equalTo(1.0f))
                    .body(
                            "standards.find { it.code == '%s' }.evidence.numerator".formatted(venues.standardA()),
                            equalTo(1))
                    .body(
                            "standards.find { it.code == '%s' }.evidence.denominator".formatted(venues.standardA()),
                            equalTo(2))
                    .body("standards.find { it.code == '%s' }.score".formatted(venues.standardB()), equalTo(2.0f))
                    .body("standards.find { it.code == '%s' }.score".formatted(hubs.standardA()), equalTo(2.0f))
                    .body(
                            "standards.find { it.code == '%s' }.evidence.denominator".formatted(hubs.standardA()),
                            equalTo(1))
                    .body("standards.find { it.code == '%s' }.noData".formatted(unscored), equalTo(true))
                    .body("standards.find { it.code == '%s' }.score".formatted(unscored), nullValue());
        }
        given().auth()
                .oauth2(office)
                .get("/mock-exams")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(exam.getString("id")))
                .body("items[0].inspectors", contains("inspector1", "inspector2"))
                .body("items[0].score.total", equalTo(7.0f));

        // the same seed and candidates draw the same points, in the same order
        Response again =
                draw(day.plusDays(2), "\"%s\":2,\"%s\":2".formatted(VENUE, HUB), 20261210L, 0, List.of(someone()));
        again.then().statusCode(201);
        assertEquals(exam.getList("points.code"), again.jsonPath().getList("points.code"));
        // leaving out the last draw leaves the two other venues; one more is more than can be drawn
        Response rest = draw(day.plusDays(3), "\"%s\":2".formatted(VENUE), null, 1, List.of(someone()));
        rest.then().statusCode(201).body("seedGenerated", equalTo(true)).body("quotas[0].excluded", equalTo(2));
        List<String> others = declaredVenues.stream()
                .filter(c -> !c.equals(venue1) && !c.equals(venue2))
                .toList();
        assertEquals(
                others.stream().sorted().toList(),
                rest.jsonPath().getList("points.code", String.class).stream()
                        .sorted()
                        .toList());
        long before = exams();
        draw(day.plusDays(4), "\"%s\":3".formatted(VENUE), 7L, 2, List.of(someone()))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("quotas." + VENUE))
                .body("errors[0].message", equalTo("公共文化场馆要抽 3 个，可抽的只有 0 个（申报且在用的 4 个中有 4 个在最近 2 次抽样中已抽过）"));

        // an inspector already planned that day: refused whole, the other inspector's plan included
        String fresh = someone();
        draw(day, "\"%s\":2".formatted(HUB), 1L, 0, List.of(fresh, "inspector1"))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("督查员 inspector1"));
        assertEquals(before, exams());
        given().auth()
                .oauth2(office)
                .queryParam("inspector", fresh)
                .get("/patrol-plans")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void wrongPointCodesAndQuotasTooLargeChangeNothing() {
        List<String> venues = points(VENUE, 2);
        String inactive = point(VENUE, false);
        declare(etag(), venues).then().statusCode(200).body("total", equalTo(2));
        String version = etag();

        declare(version, List.of(venues.get(0), "NO-SUCH-POINT", inactive, venues.get(0)))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("pointCodes[1]", "pointCodes[2]", "pointCodes[3]"))
                .body("errors[0].message", equalTo("点位 NO-SUCH-POINT 不存在"))
                .body("errors[1].message", equalTo("点位 " + inactive + " 已停用，不能申报"))
                .body("errors[2].message", equalTo("点位 " + venues.get(0) + " 重复列出"));
        assertEquals(version, etag(), "nothing changed");
        given().auth()
                .oauth2(office)
                .get("/declared-points")
                .then()
                .body("points.code", containsInAnyOrder(venues.toArray()));
        // the list is replaced only with its current ETag
        declare(null, List.of()).then().statusCode(428);
        declare("\"0\"", List.of()).then().statusCode(412);

        long before = exams();
        draw(ReportData.freshDay(), "\"%s\":3,\"MAIN_ROAD\":1".formatted(VENUE), 1L, 0, List.of(someone()))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("quotas.CULTURAL_VENUE", "quotas.MAIN_ROAD"))
                .body("errors[0].message", equalTo("公共文化场馆要抽 3 个，可抽的只有 2 个（申报且在用的公共文化场馆共 2 个）"))
                .body("errors[1].message", equalTo("主次干道要抽 1 个，可抽的只有 0 个（申报且在用的主次干道共 0 个）"));
        draw(ReportData.freshDay(), "\"%s\":1".formatted(VENUE), 1L, 0, List.of("a-mock", "b-mock"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("inspectors"));
        draw(ReportData.freshDay(), "\"%s\":1".formatted(VENUE), 1L, 0, List.of("a-mock", "a-mock"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("inspectors[1]"));
        draw(ReportData.freshDay(), "\"NO_SUCH_TYPE\":1", 1L, 0, List.of(someone()))
                .then()
                .statusCode(400);
        draw(ReportData.freshDay(), "\"%s\":0".formatted(VENUE), 1L, 0, List.of(someone()))
                .then()
                .statusCode(400);
        assertEquals(before, exams());
        given().auth().oauth2(office).get("/mock-exams/not-a-uuid").then().statusCode(404);
        given().auth()
                .oauth2(office)
                .get("/mock-exams/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheOfficeDeclaresAndDrawsLeadersReadOthersAreRefused() {
        String body = "{\"date\":\"2001-01-01\",\"quotas\":{\"%s\":1},\"inspectors\":[\"x\"]}".formatted(VENUE);
        for (String user : List.of("cgj1", "inspector1", "leader1")) {
            String token = KeycloakTokens.forUser(user);
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .header("If-Match", "*")
                    .body("{\"pointCodes\":[]}")
                    .put("/declared-points")
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json");
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body(body)
                    .post("/mock-exams")
                    .then()
                    .statusCode(403);
        }
        for (String user : List.of("cgj1", "inspector1")) {
            String token = KeycloakTokens.forUser(user);
            given().auth().oauth2(token).get("/declared-points").then().statusCode(403);
            given().auth().oauth2(token).get("/declared-points/history").then().statusCode(403);
            given().auth().oauth2(token).get("/mock-exams").then().statusCode(403);
            given().auth()
                    .oauth2(token)
                    .get("/mock-exams/" + java.util.UUID.randomUUID())
                    .then()
                    .statusCode(403);
        }
        String leader = KeycloakTokens.forUser("leader1");
        given().auth().oauth2(leader).get("/mock-exams").then().statusCode(200);
        given().auth().oauth2(leader).get("/declared-points/history").then().statusCode(200);
        given().get("/mock-exams").then().statusCode(401);
    }
}
