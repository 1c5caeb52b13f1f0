package gov.chuangcheng.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property-based hostile input, generated from the services' own OpenAPI documents (QuickTheories): for every
 * operation, {@value #CASES_PER_OPERATION} requests with generated path, query, header and body values of the
 * declared kinds and hostile ones ({@link GeneratedRequests}). For each answer: never a 5xx; an error is a problem
 * document (Open311's format on its paths) with the answer's status; the status is one the operation's document
 * lists; a body with a defect is a 400; and a request to an operation that changes state changes nothing — the row
 * counts of the service's tables before and after, and the ETags of a point and an order that exist. A failing
 * request is shrunk and reported with the seed ({@code -Dcc.generated.seed=…} repeats a run).
 */
class GeneratedInputSystemTest {

    static final int CASES_PER_OPERATION = 12;
    private static final long SEED = Long.getLong("cc.generated.seed", 20261202L);
    private static final Map<String, String> DATABASES = Map.of(
            "task-service", "cc_task_test",
            "inspection-service", "cc_inspection_test",
            "accountability-service", "cc_accountability_test",
            "notification-service", "cc_notification_test");

    private static SystemUnderTest system;
    private static final Map<String, String> tokens = new LinkedHashMap<>();
    private static final Map<String, RowCounts> rows = new LinkedHashMap<>();
    private static String orderId;

    @BeforeAll
    static void startAndSeed() throws Exception {
        // publish the ranking as soon as its figures change (default: at most once a minute), so that the setup's own
        // change is out before the chain is taken as settled
        system = SystemUnderTest.start(Map.of("accountability-service", Map.of("cc.ranking.publish-every", "1s")));
        Setup setup = new Setup(system);
        tokens.put("office", Tokens.forUser("office1"));
        tokens.put("leader", Tokens.forUser("leader1"));
        tokens.put("department", Tokens.forUser("cgj1"));
        tokens.put("inspector", Tokens.forUser("inspector1"));
        tokens.put("integration", Tokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret"));
        setup.ensureUnit("CGJ", "区城管局", "DEPARTMENT", "");
        setup.evaluationSystem();
        setup.roundTheClockCalendar();
        setup.marketChecklist("CGJ");
        setup.marketPoint("NM-GEN", "生成输入测试市场", "CGJ");
        setup.failCriticalItem(tokens.get("inspector"), "NM-GEN");
        orderId = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> given().baseUri(system.accountability.baseUrl())
                                .auth()
                                .oauth2(tokens.get("office"))
                                .get("/rectifications?size=1")
                                .jsonPath()
                                .getString("items[0].id"),
                        id -> id != null);
        for (Map.Entry<String, String> db : DATABASES.entrySet()) {
            rows.put(db.getKey(), new RowCounts(db.getValue()));
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (RowCounts r : rows.values()) {
            r.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void generatedRequestsToEveryOperationNeverBreakTheContractOrChangeAnything() throws Exception {
        List<ApiOperation> operations = ApiOperation.all(system.services());
        assertTrue(operations.size() >= 60, "operations in the documents: " + operations.size());
        GeneratedRequests requests = new GeneratedRequests(tokens, GeneratedRequests.known("NM-GEN", orderId, "CGJ"));
        Map<String, String> etags = etags();
        awaitQuiet();

        List<String> failures = new ArrayList<>();
        int[] sent = {0};
        for (ApiOperation op : operations) {
            RowCounts counts = rows.get(op.service().name());
            try {
                qt().withFixedSeed(SEED + op.name().hashCode())
                        .withExamples(CASES_PER_OPERATION)
                        .withShrinkCycles(20)
                        .forAll(requests.of(op))
                        .describedAs(r -> r.op().name() + " as " + r.role() + " — " + r.description())
                        .checkAssert(r -> {
                            Map<String, Long> before = op.mutates() ? counts.now() : null;
                            Response answer = r.send();
                            sent[0]++;
                            String problem = verdict(r, answer);
                            if (problem == null && before != null && !before.equals(counts.now())) {
                                problem = "answered " + answer.statusCode() + " and changed rows of "
                                        + op.service().name();
                            }
                            assertEquals(null, problem);
                        });
            } catch (AssertionError e) {
                failures.add(e.getMessage().lines().limit(12).reduce("", (a, b) -> a + "\n  " + b));
            }
        }
        System.out.printf(
                "%n=== generated input: %d requests to %d operations (%d each), seed %d, %d operations failed ===%n",
                sent[0], operations.size(), CASES_PER_OPERATION, SEED, failures.size());
        failures.stream().limit(40).forEach(f -> System.out.println("FAILED" + f));
        assertEquals(etags, etags(), "the point and the order that exist are unchanged");
        assertEquals(List.of(), failures.stream().limit(40).toList(), failures.size() + " operations failed");
    }

    @Test
    void everyDocumentPassesAnIndependentValidatorAndTheLintRules() throws Exception {
        List<String> problems = new ArrayList<>();
        for (ServiceProcess s : system.services()) {
            String json =
                    given().baseUri(s.baseUrl()).get("/q/openapi?format=json").asString();
            problems.addAll(OpenApiLint.problems(s.name(), json, new ObjectMapper().readTree(json)));
        }
        problems.stream().limit(60).forEach(p -> System.out.println("LINT " + p));
        assertEquals(List.of(), problems.stream().limit(60).toList(), problems.size() + " problems");
    }

    /** What is wrong with the answer, or null. */
    static String verdict(GeneratedRequests.Request r, Response answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return "answered " + status + " " + HostileInputSystemTest.snippet(answer);
        }
        if (status >= 400) {
            String format = HostileInputSystemTest.formatProblem(r.op(), answer);
            if (format != null) {
                return format;
            }
        }
        if (!r.op().documentedStatuses().contains(String.valueOf(status))) {
            return "answered " + status + ", which its document does not list " + r.op().documentedStatuses();
        }
        if (r.op().mutates() && status < 400) {
            return "a request with a defect was accepted with " + status;
        }
        boolean refusedForItsPath = !r.pathExists() && status == 404;
        if (r.bodyDefect() && r.op().has("application/json") && status != 400 && status != 413 && !refusedForItsPath) {
            return "a body with a defect answered " + status + " instead of 400 "
                    + HostileInputSystemTest.snippet(answer);
        }
        return null;
    }

    private static Map<String, String> etags() {
        Map<String, String> etags = new LinkedHashMap<>();
        etags.put(
                "point",
                given().baseUri(system.inspection.baseUrl())
                        .auth()
                        .oauth2(tokens.get("office"))
                        .get("/points/NM-GEN")
                        .header("ETag"));
        etags.put(
                "order",
                given().baseUri(system.accountability.baseUrl())
                        .auth()
                        .oauth2(tokens.get("office"))
                        .get("/rectifications/" + orderId)
                        .header("ETag"));
        return etags;
    }

    /** Until no row count of any service moves: later changes are the test's. */
    private static void awaitQuiet() {
        Settled.value(GeneratedInputSystemTest::all);
    }

    private static Map<String, Map<String, Long>> all() {
        Map<String, Map<String, Long>> all = new LinkedHashMap<>();
        rows.forEach((service, r) -> all.put(service, r.now()));
        return all;
    }
}
