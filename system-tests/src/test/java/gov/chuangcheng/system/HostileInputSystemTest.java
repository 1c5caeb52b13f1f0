package gov.chuangcheng.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every public endpoint of every service, read from its OpenAPI document, against hostile input: no token, an
 * expired one, one signed by another key, one from another issuer, and every role it does not allow (401/403); then
 * malformed JSON, wrong types, missing fields, invalid enum values, oversize strings, injection strings, wrong content
 * types, unknown ids and bad query parameters. Each answer must be a 4xx in the problem format (Open311's own format
 * on its paths, for every error) naming the field where there is one, never a 5xx, with a status the operation's
 * document lists; every role the document lists is called too and must not be refused, so that the documented roles
 * are the enforced ones; and nothing may change (row counts of every table of every service's database before and
 * after, the audit log aside: a documented role's read is recorded there by design). The number of cases is printed.
 */
class HostileInputSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ROLES = List.of("office", "leader", "department", "inspector", "integration");
    private static final String INJECTION = "'; DROP TABLE point; -- <script>alert(1)</script>";
    private static final Map<String, String> DATABASES = Map.of(
            "task-service",
            "cc_task_test",
            "inspection-service",
            "cc_inspection_test",
            "accountability-service",
            "cc_accountability_test",
            "notification-service",
            "cc_notification_test");

    private static final String REPLAYED_KEY = "hostile-" + UUID.randomUUID();
    private static SystemUnderTest system;
    private static Setup setup;
    private static final Map<String, String> roleTokens = new LinkedHashMap<>();
    private static KeycloakAdmin keycloak;

    /** One request and what must come back. */
    record Case(ApiOperation op, String description, Supplier<Response> send, Function<Response, String> check) {}

    @BeforeAll
    static void startAndSeed() throws Exception {
        // the ranking is published whenever its figures change, at most once a minute by default: once a second here,
        // so that the setup's own change is published before the chain is taken as settled, not during the suite
        system = SystemUnderTest.start(Map.of("accountability-service", Map.of("cc.ranking.publish-every", "1s")));
        setup = new Setup(system);
        roleTokens.put("office", Tokens.forUser("office1"));
        roleTokens.put("leader", Tokens.forUser("leader1"));
        roleTokens.put("department", Tokens.forUser("cgj1"));
        roleTokens.put("inspector", Tokens.forUser("inspector1"));
        roleTokens.put("integration", Tokens.forClient("chuangcheng-integration", "chuangcheng-integration-secret"));
        keycloak = new KeycloakAdmin();
        // something to be hostile against: units, the evaluation system, a checklist, a point with a failed item
        setup.ensureUnit("CGJ", "区城管局", "DEPARTMENT", "");
        setup.evaluationSystem();
        setup.roundTheClockCalendar();
        setup.marketChecklist("CGJ");
        setup.marketPoint("NM-HOSTILE", "敌意输入测试市场", "CGJ");
        setup.failCriticalItem(roleTokens.get("inspector"), "NM-HOSTILE");
        // a mobile client's submission under its idempotency key, to be replayed with another body
        given().baseUri(system.inspection.baseUrl())
                .auth()
                .oauth2(roleTokens.get("inspector"))
                .contentType("application/json")
                .header("Idempotency-Key", REPLAYED_KEY)
                .body(inspection(9))
                .post("/inspections")
                .then()
                .statusCode(201);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().baseUri(system.accountability.baseUrl())
                        .auth()
                        .oauth2(roleTokens.get("office"))
                        .get("/rectifications?size=10")
                        .then()
                        .statusCode(200)
                        .body("items.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (keycloak != null) {
            keycloak.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void everyPublicEndpointRefusesHostileInputAndChangesNothing() throws Exception {
        List<ApiOperation> operations = ApiOperation.all(system.services());
        assertTrue(operations.size() >= 60, "the OpenAPI documents list the services' endpoints: " + operations.size());

        // static: every text field a client may send is bounded, so that no oversize string reaches the database
        List<String> unbounded = new ArrayList<>();
        for (ApiOperation op : operations) {
            if (op.has("application/json")) {
                unboundedStrings(op.document(), op.bodySchema("application/json"), "", unbounded, op.name(), 0);
            }
        }
        assertEquals(List.of(), unbounded, "text fields without a maximum length");

        Quiet quiet = awaitQuiet();
        String expired = keycloak.expiredToken("office1");
        String forged = Tokens.forged(roleTokens.get("office"));
        String foreign = keycloak.masterToken();

        List<Case> cases = new ArrayList<>();
        Map<String, Integer> perOperation = new TreeMap<>();
        for (ApiOperation op : operations) {
            List<Case> mine = new ArrayList<>();
            List<String> allowed = op.roles();
            if (allowed.isEmpty()) {
                // public (the Open311 discovery document): nobody is refused, and the input cases go without a token
                mine.add(new Case(
                        op,
                        "no token (public)",
                        () -> send(op, null, placeholders(op)),
                        r -> r.statusCode() == 401 || r.statusCode() == 403
                                ? "refused a public operation with " + r.statusCode()
                                : null));
                inputCases(op, null, mine);
                perOperation.put(op.name(), mine.size());
                cases.addAll(mine);
                continue;
            }
            mine.add(new Case(op, "no token", () -> send(op, null, placeholders(op)), expect(401)));
            mine.add(new Case(op, "expired token", () -> send(op, expired, placeholders(op)), expect(401)));
            mine.add(
                    new Case(op, "token signed by another key", () -> send(op, forged, placeholders(op)), expect(401)));
            mine.add(new Case(op, "token of another issuer", () -> send(op, foreign, placeholders(op)), expect(401)));
            for (String role : ROLES) {
                if (!allowed.contains(role)) {
                    mine.add(new Case(
                            op, "role " + role, () -> send(op, roleTokens.get(role), placeholders(op)), expect(403)));
                }
            }
            for (String role : ROLES) {
                if (allowed.contains(role)) {
                    // the document's roles are those the service lets through: none of them is refused
                    mine.add(new Case(
                            op,
                            "role " + role + " (documented as allowed)",
                            () -> send(op, roleTokens.get(role), placeholders(op)),
                            r -> r.statusCode() == 401 || r.statusCode() == 403
                                    ? "refused a documented role with " + r.statusCode() + " " + snippet(r)
                                    : null));
                }
            }
            String token = allowed.stream()
                    .filter(roleTokens::containsKey)
                    .findFirst()
                    .map(roleTokens::get)
                    .orElse(null);
            if (token != null) {
                inputCases(op, token, mine);
            }
            perOperation.put(op.name(), mine.size());
            cases.addAll(mine);
        }

        ApiOperation submit = operations.stream()
                .filter(o -> "post".equals(o.method()) && "/inspections".equals(o.path()))
                .findFirst()
                .orElseThrow();
        cases.add(new Case(
                submit,
                "the idempotency key of an earlier submission with another body",
                () -> given().baseUri(system.inspection.baseUrl())
                        .auth()
                        .oauth2(roleTokens.get("inspector"))
                        .contentType("application/json")
                        .header("Idempotency-Key", REPLAYED_KEY)
                        .body(inspection(3))
                        .post("/inspections"),
                expect(422)));

        List<String> failures = new ArrayList<>();
        Map<String, int[]> byService = new TreeMap<>();
        for (Case c : cases) {
            String problem;
            try {
                Response r = c.send().get();
                problem = c.check().apply(r);
                if (problem == null && r.statusCode() >= 400) {
                    problem = formatProblem(c.op(), r);
                }
                if (problem == null && !c.op().documentedStatuses().contains(String.valueOf(r.statusCode()))) {
                    problem = "answered " + r.statusCode() + ", which its document does not list "
                            + c.op().documentedStatuses();
                }
            } catch (RuntimeException e) {
                problem = "no answer: " + e;
            }
            int[] tally = byService.computeIfAbsent(c.op().service().name(), k -> new int[2]);
            tally[0]++;
            if (problem == null) {
                tally[1]++;
            } else {
                failures.add(c.op().name() + " — " + c.description() + ": " + problem);
            }
        }

        Map<String, Map<String, Long>> after = counts();
        StringBuilder report = new StringBuilder("\n=== hostile input ===\n");
        byService.forEach((s, t) -> report.append(String.format("%-24s %5d cases tried, %5d passed%n", s, t[0], t[1])));
        int tried = cases.size();
        report.append(String.format(
                "%-24s %5d cases tried, %5d passed, %d endpoints%n",
                "all", tried, tried - failures.size(), operations.size()));
        System.out.println(report);
        failures.stream().limit(60).forEach(f -> System.out.println("FAILED " + f));

        assertTrue(perOperation.values().stream().allMatch(n -> n >= 4), "every endpoint is covered");
        assertEquals(quiet.counts(), after, "hostile input changed nothing in any database");
        assertEquals(List.of(), failures.stream().limit(60).toList(), failures.size() + " cases failed");
    }

    // ------------------------------------------------------------------------------------------------ the cases

    private static String inspection(int criticalScore) {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            items.append(i == 1 ? "" : ",")
                    .append("{\"itemCode\":\"NM-0")
                    .append(i)
                    .append("\",\"score\":")
                    .append(i == 5 ? criticalScore : 9)
                    .append('}');
        }
        return """
                {"pointCode":"NM-HOSTILE","inspectedAt":"2026-11-25T08:00:00+08:00","latitude":30.27412,
                 "longitude":120.15515,"items":[%s]}""".formatted(items);
    }

    private static void inputCases(ApiOperation op, String token, List<Case> cases) {
        Map<String, String> unknown = placeholders(op);
        boolean pathParams = !op.parameters("path").isEmpty();
        // unknown and hostile ids in the path
        for (JsonNode p : op.parameters("path")) {
            String name = p.path("name").asText();
            for (String value :
                    List.of("NO-SUCH-" + UUID.randomUUID().toString().substring(0, 8), INJECTION, "..%2F..%2Fetc")) {
                Map<String, String> params = new LinkedHashMap<>(unknown);
                params.put(name, value);
                cases.add(new Case(op, "path " + name + "=" + value, () -> send(op, token, params), clientError()));
            }
        }
        if ("get".equals(op.method())) {
            queryCases(op, token, unknown, cases);
            return;
        }
        if (op.has("application/json")) {
            jsonCases(op, token, unknown, pathParams, cases);
        }
        if (op.has("text/csv")) {
            cases.add(new Case(
                    op,
                    "CSV that is not the expected table",
                    () -> request(op, token, unknown)
                            .contentType("text/csv; charset=UTF-8")
                            .body("\"unclosed,quote\n;;;\n")
                            .request(op.method(), op.path()),
                    clientError()));
        }
        if (op.has("multipart/form-data")) {
            cases.add(new Case(
                    op,
                    "a text file as a photo",
                    () -> request(op, token, unknown)
                            .multiPart(
                                    "file", "photo.jpg", "not an image".getBytes(StandardCharsets.UTF_8), "image/jpeg")
                            .request(op.method(), op.path()),
                    expect(415)));
        }
        if (op.has("application/x-www-form-urlencoded")) {
            cases.add(new Case(
                    op,
                    "form with a wrong number",
                    () -> request(op, token, unknown)
                            .formParam("service_code", INJECTION)
                            .formParam("lat", "north")
                            .formParam("long", "1")
                            .request(op.method(), op.path()),
                    clientError()));
            cases.add(new Case(
                    op,
                    "form without a location",
                    () -> request(op, token, unknown)
                            .formParam("service_code", "NM-05")
                            .formParam("description", INJECTION)
                            .request(op.method(), op.path()),
                    clientError()));
        }
        if (op.has("application/json") || op.has("text/csv") || op.has("application/x-www-form-urlencoded")) {
            cases.add(new Case(
                    op,
                    "wrong content type",
                    () -> request(op, token, unknown)
                            .contentType("application/xml")
                            .body("<unit/>")
                            .request(op.method(), op.path()),
                    expect(415)));
        }
    }

    private static void jsonCases(
            ApiOperation op, String token, Map<String, String> params, boolean pathParams, List<Case> cases) {
        JsonNode schema = op.bodySchema("application/json");
        cases.add(json(op, token, params, "malformed JSON", "{\"name\": ", expect(400)));
        cases.add(json(op, token, params, "a JSON array instead of an object", "[1, 2, 3]", expect(400)));
        cases.add(json(op, token, params, "a string instead of an object", "\"hello\"", expect(400)));
        cases.add(json(op, token, params, "no body", "", clientError()));
        cases.add(json(
                op,
                token,
                params,
                "oversize body (1 MB of nonsense)",
                "{\"x\":\"" + "汉".repeat(350_000) + "\"}",
                clientError()));
        if (!"object".equals(schema.path("type").asText())) {
            return;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        // with a required field missing, nothing the other fields hold may make the request succeed or fail on 5xx
        boolean incomplete = !required.isEmpty();
        if (incomplete) {
            cases.add(json(op, token, params, "missing required fields", "{}", fieldNamed(required.get(0))));
            cases.add(json(
                    op,
                    token,
                    params,
                    "only unknown fields",
                    "{\"__unexpected\": 1, \"$where\": \"1==1\"}",
                    clientError()));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").fields();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String name = property.getKey();
            JsonNode type = ApiOperation.resolve(op.document(), property.getValue());
            ObjectNode body = JSON.createObjectNode();
            body.set(name, wrongTypeFor(type));
            cases.add(json(op, token, params, name + " of a wrong type", body.toString(), fieldNamed(name)));
            if (type.has("enum")) {
                cases.add(json(
                        op,
                        token,
                        params,
                        name + " not one of its values",
                        JSON.createObjectNode().put(name, "NOT_A_VALUE").toString(),
                        fieldNamed(name)));
            }
            if ("string".equals(type.path("type").asText()) && type.has("maxLength")) {
                String oversize = "长".repeat(type.path("maxLength").asInt() + 1);
                cases.add(json(
                        op,
                        token,
                        params,
                        name + " longer than " + type.path("maxLength").asInt(),
                        JSON.createObjectNode().put(name, oversize).toString(),
                        fieldNamed(name)));
            }
            if ("string".equals(type.path("type").asText()) && (incomplete && !required.equals(List.of(name)))) {
                cases.add(json(
                        op,
                        token,
                        params,
                        name + " with an injection string",
                        JSON.createObjectNode().put(name, INJECTION).toString(),
                        clientError()));
            }
        }
        if (!incomplete && !pathParams) {
            // every field optional and nothing in the path: only malformed bodies are safe to send
            return;
        }
    }

    private static void queryCases(ApiOperation op, String token, Map<String, String> params, List<Case> cases) {
        for (JsonNode p : op.parameters("query")) {
            String name = p.path("name").asText();
            JsonNode type = ApiOperation.resolve(op.document(), p.path("schema"));
            String kind = type.path("type").asText();
            if ("integer".equals(kind) || "number".equals(kind)) {
                cases.add(query(op, token, params, name, "abc", fieldNamed(name)));
                if ("size".equals(name)) {
                    cases.add(query(op, token, params, name, "100000", fieldNamed(name)));
                    cases.add(query(op, token, params, name, "-1", fieldNamed(name)));
                }
            } else if (type.has("enum")) {
                cases.add(query(op, token, params, name, "NOT_A_VALUE", clientError()));
            } else if ("string".equals(kind) && type.path("format").asText().startsWith("date")) {
                cases.add(query(op, token, params, name, "not-a-date", clientError()));
            } else if ("boolean".equals(kind)) {
                cases.add(query(op, token, params, name, "maybe", clientError()));
            } else {
                // a text filter: an injection string must find nothing and break nothing
                cases.add(query(op, token, params, name, INJECTION, notServerError()));
            }
        }
    }

    private static Case json(
            ApiOperation op,
            String token,
            Map<String, String> params,
            String what,
            String body,
            Function<Response, String> check) {
        return new Case(
                op,
                what,
                () -> {
                    RequestSpecification r = request(op, token, params).contentType("application/json; charset=UTF-8");
                    if (!body.isEmpty()) {
                        r = r.body(body);
                    }
                    return r.request(op.method(), op.path());
                },
                check);
    }

    private static Case query(
            ApiOperation op,
            String token,
            Map<String, String> params,
            String name,
            String value,
            Function<Response, String> check) {
        return new Case(
                op,
                "query " + name + "=" + value,
                () -> request(op, token, params).queryParam(name, value).request(op.method(), op.path()),
                check);
    }

    /** The request an authentication or role case sends: unknown ids, an empty but well-formed body. */
    private static Response send(ApiOperation op, String token, Map<String, String> params) {
        RequestSpecification r = request(op, token, params);
        if (op.has("application/json")) {
            r = r.contentType("application/json").body("{}");
        } else if (op.has("text/csv")) {
            r = r.contentType("text/csv").body("a,b\n");
        } else if (op.has("multipart/form-data")) {
            r = r.multiPart("file", "x.png", new byte[] {1, 2, 3}, "image/png");
        } else if (op.has("application/x-www-form-urlencoded")) {
            r = r.formParam("service_code", "x");
        }
        return r.request(op.method(), op.path());
    }

    private static RequestSpecification request(ApiOperation op, String token, Map<String, String> params) {
        RequestSpecification r =
                given().baseUri(op.service().baseUrl()).redirects().follow(false);
        if (token != null) {
            r = r.auth().oauth2(token);
        }
        return params.isEmpty() ? r : r.pathParams(params);
    }

    private static Map<String, String> placeholders(ApiOperation op) {
        Map<String, String> params = new LinkedHashMap<>();
        op.parameters("path").forEach(p -> {
            JsonNode schema = p.path("schema");
            String name = p.path("name").asText();
            String fixed = ApiOperation.fixedValue(p);
            params.put(
                    name,
                    fixed != null
                            ? fixed
                            : "integer".equals(schema.path("type").asText())
                                    ? "2099"
                                    : "uuid".equals(schema.path("format").asText())
                                                    || name.toLowerCase().endsWith("id")
                                            ? UUID.randomUUID().toString()
                                            : "NO-SUCH-THING");
        });
        return params;
    }

    // ------------------------------------------------------------------------------------------------ expectations

    private static Function<Response, String> expect(int status) {
        return r -> r.statusCode() == status
                ? null
                : "answered " + r.statusCode() + " instead of " + status + " " + snippet(r);
    }

    private static Function<Response, String> clientError() {
        return r -> r.statusCode() >= 400 && r.statusCode() < 500
                ? null
                : "answered " + r.statusCode() + " instead of a 4xx " + snippet(r);
    }

    private static Function<Response, String> notServerError() {
        return r -> r.statusCode() >= 500 ? "answered " + r.statusCode() + " " + snippet(r) : null;
    }

    /** 400 naming the field (or a field below it). */
    private static Function<Response, String> fieldNamed(String field) {
        return r -> {
            if (r.statusCode() != 400) {
                return "answered " + r.statusCode() + " instead of 400 for " + field + " " + snippet(r);
            }
            if (!String.valueOf(r.contentType()).startsWith("application/problem+json")) {
                return null; // the format check reports it
            }
            List<String> fields = r.jsonPath().getList("errors.field", String.class);
            boolean named = fields != null
                    && fields.stream()
                            .anyMatch(f -> f.equals(field)
                                    || f.startsWith(field + ".")
                                    || f.startsWith(field + "[")
                                    || f.endsWith("." + field));
            return named ? null : "does not name " + field + ": " + fields;
        };
    }

    /**
     * A problem document (RFC 9457) with the answer's status — or, on the Open311 paths, the spec's
     * {@code [{"code","description"}]} for every error, authentication's included.
     */
    static String formatProblem(ApiOperation op, Response r) {
        String type = r.contentType() == null ? "" : r.contentType();
        if (op.open311()) {
            return type.startsWith("application/json") && r.asString().startsWith("[{\"code\":" + r.statusCode())
                    ? null
                    : "answered " + r.statusCode() + " as '" + type + "', not in Open311's error format " + snippet(r);
        }
        if (type.startsWith("application/problem+json")) {
            Integer status = r.jsonPath().get("status");
            return status != null && status == r.statusCode() && r.jsonPath().get("title") != null
                    ? null
                    : "problem document without status/title: " + snippet(r);
        }
        return "answered " + r.statusCode() + " as '" + type + "', not application/problem+json " + snippet(r);
    }

    static String snippet(Response r) {
        String body = r.asString();
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    // ------------------------------------------------------------------------------------------------ schemas

    private static JsonNode wrongTypeFor(JsonNode type) {
        return switch (type.path("type").asText()) {
            case "integer", "number" -> JSON.getNodeFactory().textNode("not a number");
            case "boolean" -> JSON.getNodeFactory().textNode("maybe");
            case "array" -> JSON.getNodeFactory().textNode("not a list");
            case "object" -> JSON.getNodeFactory().textNode("not an object");
            // a string field given an object: Jackson coerces numbers to text, not objects
            default ->
                type.has("enum") || type.path("format").asText().startsWith("date")
                        ? JSON.getNodeFactory().textNode("NOT_A_VALUE")
                        : JSON.createObjectNode().put("nested", 1);
        };
    }

    /**
     * A pattern that matches only strings of bounded length (Bean Validation matches the whole value): no {@code *},
     * {@code +} or open {@code {n,}} outside character classes and escapes.
     */
    static boolean boundedPattern(String pattern) {
        if (pattern.isEmpty()) {
            return false;
        }
        String bare = pattern.replaceAll("\\\\.", "x").replaceAll("\\[[^\\]]*\\]", "x");
        return !bare.contains("*") && !bare.contains("+") && !bare.matches(".*\\{\\d+,\\}.*");
    }

    private static void unboundedStrings(
            JsonNode document, JsonNode schema, String prefix, List<String> found, String op, int depth) {
        if (depth > 12) {
            return;
        }
        JsonNode s = ApiOperation.resolve(document, schema);
        switch (s.path("type").asText()) {
            case "object" ->
                s.path("properties")
                        .fields()
                        .forEachRemaining(p -> unboundedStrings(
                                document, p.getValue(), prefix + p.getKey() + ".", found, op, depth + 1));
            case "array" ->
                unboundedStrings(
                        document, s.path("items"), prefix.replaceFirst("\\.$", "") + "[].", found, op, depth + 1);
            case "string" -> {
                // a typed value (date, time, duration, uuid …) is parsed, not stored as given
                boolean bounded = s.has("maxLength")
                        || s.has("enum")
                        || !s.path("format").asText().isEmpty()
                        || boundedPattern(s.path("pattern").asText());
                if (!bounded) {
                    found.add(op + " " + prefix.replaceFirst("\\.$", ""));
                }
            }
            default -> {}
        }
    }

    // ------------------------------------------------------------------------------------------------ nothing changed

    record Quiet(Map<String, Map<String, Long>> counts) {}

    /** Waits until the chain has settled, so that any later change is the suite's. */
    private static Quiet awaitQuiet() {
        return new Quiet(Settled.value(HostileInputSystemTest::counts));
    }

    /** Rows per table of every service's database. */
    static Map<String, Map<String, Long>> counts() {
        Map<String, Map<String, Long>> all = new TreeMap<>();
        // a read that a documented role may make is recorded in the audit log, by design
        DATABASES.forEach((service, database) -> all.put(service, RowCounts.of(database, Set.of("audit_entry"))));
        return all;
    }
}
