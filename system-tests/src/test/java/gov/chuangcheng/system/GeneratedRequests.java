package gov.chuangcheng.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Requests derived from an operation of an OpenAPI document: its path, query and header parameters and its body
 * schema, each filled with a value of the declared kind or a hostile one (wrong types, extreme numbers, control
 * characters, lone surrogates, oversize text, repeated keys, malformed or too deep JSON). A request to an operation
 * that changes state always carries at least one defect its service must refuse, so that whatever is generated, no
 * answer may change anything. The choices are generated values, so that a failing request shrinks to a small one.
 */
final class GeneratedRequests {

    /** Defects a service must refuse with 400, whatever else the body holds. */
    enum Defect {
        WRONG_TYPE,
        UNKNOWN_FIELD,
        DUPLICATE_KEY,
        MISSING_REQUIRED,
        NULL_REQUIRED,
        NUL_TEXT,
        LONE_SURROGATE,
        OVERSIZE_TEXT,
        MALFORMED,
        TOO_DEEP,
        NUMBER_TOO_LONG,
        ARRAY_INSTEAD_OF_OBJECT
    }

    /** Values that are hostile but may be valid: they must never cause a 5xx. */
    static final List<String> ODD_NUMBERS = List.of(
            "-1", "0", "2147483648", "-9223372036854775809", "1e309", "-0.0", "0.000000001", "99999999999999999999");

    static final List<String> ODD_TEXTS = List.of(
            "",
            " ",
            "𠮷野家😀\u200b",
            "\u0007\u001b[31m",
            "'; drop table point; --",
            "<script>alert(1)</script>",
            "..%2F..%2Fetc%2Fpasswd",
            "长".repeat(3000),
            "NO-SUCH-THING");

    static final List<String> ODD_PARAMETERS = List.of(
            "-1",
            "2147483648",
            "99999999999999999999",
            "1e3",
            "abc",
            "maybe",
            "NOT_A_VALUE",
            "2026-13-45",
            "not-a-date",
            "%00",
            "'; drop table point; --",
            "x".repeat(3000),
            "𠮷😀");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was generated, and how to send it. */
    /**
     * {@code pathExists}: every path parameter names a record that exists, so that the body is what decides the
     * answer; a path that cannot name a record may be refused (404) before the body is read.
     */
    record Request(
            ApiOperation op,
            String role,
            String description,
            RequestSpecification spec,
            boolean bodyDefect,
            boolean pathExists) {
        Response send() {
            return spec.request(op.method(), op.path());
        }
    }

    private final Map<String, String> tokens;
    private final Map<String, String> knownValues;

    /** {@code knownValues}: path parameter name → an id that exists (so that reads reach deeper code). */
    GeneratedRequests(Map<String, String> tokens, Map<String, String> knownValues) {
        this.tokens = tokens;
        this.knownValues = knownValues;
    }

    /** The generator of requests to one operation. */
    Gen<Request> of(ApiOperation op) {
        Gen<Integer> pathChoice = Generate.range(0, 5);
        Gen<Integer> queryChoice = Generate.range(0, 40);
        Gen<Defect> defect = Generate.enumValues(Defect.class);
        Gen<Integer> field = Generate.range(0, 30);
        Gen<Integer> odd = Generate.range(0, 20);
        return pathChoice
                .zip(queryChoice, defect, field, (p, q, d, f) -> new int[] {p, q, d.ordinal(), f})
                .zip(odd, (c, o) -> build(op, c[0], c[1], Defect.values()[c[2]], c[3], o));
    }

    private Request build(ApiOperation op, int pathChoice, int queryChoice, Defect defect, int field, int odd) {
        String role = allowedRole(op);
        List<String> said = new ArrayList<>();
        RequestSpecification r = given().baseUri(op.service().baseUrl())
                .redirects()
                .follow(false)
                .urlEncodingEnabled(false);
        if (role != null) {
            r = r.auth().oauth2(tokens.get(role));
        }
        boolean hasBody = op.spec().has("requestBody");
        boolean pathExists = true;
        for (JsonNode p : op.parameters("path")) {
            String name = p.path("name").asText();
            String fixed = ApiOperation.fixedValue(p);
            String value = fixed != null ? fixed : pathValue(name, pathChoice, op.mutates() && !hasBody);
            pathExists &= fixed != null || value.equals(knownValues.get(name));
            said.add("path " + name + "=" + abbreviated(value));
            r = r.pathParam(name, value);
        }
        List<JsonNode> query = op.parameters("query");
        for (int i = 0; i < query.size(); i++) {
            // each parameter in turn takes an odd value; the others stay absent
            if (queryChoice % (query.size() + 1) == i + 1) {
                String name = query.get(i).path("name").asText();
                String value = ODD_PARAMETERS.get((queryChoice + i) % ODD_PARAMETERS.size());
                said.add("query " + name + "=" + abbreviated(value));
                r = r.queryParam(name, encoded(value));
            }
        }
        for (JsonNode h : op.parameters("header")) {
            String name = h.path("name").asText();
            if ("If-Match".equalsIgnoreCase(name) && odd % 3 != 0) {
                r = r.header(name, odd % 3 == 1 ? "\"0\"" : "garbage");
            } else if ("Idempotency-Key".equalsIgnoreCase(name) && odd % 2 == 0) {
                r = r.header(name, UUID.randomUUID().toString());
            }
        }
        boolean bodyDefect = false;
        if (op.has("application/json")) {
            String body = body(op.bodySchema("application/json"), op.document(), defect, field, odd);
            said.add("body " + defect + ": " + abbreviated(body));
            r = r.contentType("application/json; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8));
            bodyDefect = true;
        } else if (hasBody) {
            String type =
                    op.spec().path("requestBody").path("content").fieldNames().next();
            said.add("body of " + type + ": random bytes");
            r = garbage(r, type, field);
            bodyDefect = true;
        }
        return new Request(op, role, String.join("; ", said), r, bodyDefect, pathExists);
    }

    private String allowedRole(ApiOperation op) {
        List<String> roles = op.roles();
        return roles.stream().filter(tokens::containsKey).findFirst().orElse(null);
    }

    /**
     * An unknown id, a hostile one, or (for reads and for changes whose body carries a defect) an id that exists.
     * A change without a body is never sent to a record that exists: it would simply happen.
     */
    private String pathValue(String name, int choice, boolean bodiless) {
        return switch (choice) {
            case 0 -> "NO-SUCH-" + UUID.randomUUID().toString().substring(0, 8);
            case 1 -> UUID.randomUUID().toString();
            case 2 -> "a%00b";
            case 3 -> encoded("'; drop table point; --" + "长".repeat(200));
            default -> bodiless ? UUID.randomUUID().toString() : knownValues.getOrDefault(name, "1");
        };
    }

    private static RequestSpecification garbage(RequestSpecification r, String type, int size) {
        byte[] bytes = new byte[16 + size * 37];
        new java.util.Random(size).nextBytes(bytes);
        if (type.startsWith("multipart/")) {
            return r.multiPart("file", "random.jpg", bytes, "image/jpeg");
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return r.contentType(type)
                    .formParam("service_code", "NO-SUCH-" + size)
                    .formParam("lat", "north");
        }
        if (type.startsWith("text/csv")) {
            return r.contentType("text/csv; charset=UTF-8")
                    .body("\"unclosed," + new String(bytes, StandardCharsets.ISO_8859_1));
        }
        return r.contentType(type).body(bytes);
    }

    // ------------------------------------------------------------------------------------------------ bodies

    /** A plausible body of the schema with the defect put in, and at times an odd but possibly valid value. */
    static String body(JsonNode schema, JsonNode doc, Defect defect, int field, int odd) {
        JsonNode plausible = plausible(schema, doc, 0);
        if (!(plausible instanceof ObjectNode object)) {
            return defect == Defect.MALFORMED ? "[1," : "{\"x\":" + plausible + "}";
        }
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        String target = names.isEmpty() ? "x" : names.get(field % names.size());
        JsonNode targetSchema = schema.path("properties").path(target);
        if (odd % 4 == 0 && !names.isEmpty()) {
            // an odd value in another field, beside the defect
            String other = names.get((field + 1) % names.size());
            JsonNode otherSchema =
                    ApiOperation.resolve(doc, schema.path("properties").path(other));
            object.set(other, odd(otherSchema, odd));
        }
        switch (defect) {
            case WRONG_TYPE -> {
                String typed = typedField(schema, doc, target);
                if (typed == null) {
                    object.put("__" + target + "_x", 1); // nothing typed to get wrong: an unknown field instead
                } else {
                    object.set(
                            typed,
                            wrongType(ApiOperation.resolve(
                                    doc, schema.path("properties").path(typed))));
                }
            }
            case UNKNOWN_FIELD -> object.put("__" + target + "_x", 1);
            case DUPLICATE_KEY -> {
                String text = object.toString();
                return text.substring(0, text.length() - 1) + (object.isEmpty() ? "" : ",") + "\"" + target + "\":"
                        + plausible(targetSchema, doc, 1) + "}";
            }
            case MISSING_REQUIRED, NULL_REQUIRED -> {
                String gone = required.isEmpty() ? null : required.get(field % required.size());
                if (gone == null) {
                    object.put("__" + target + "_x", 1);
                } else if (defect == Defect.MISSING_REQUIRED) {
                    object.remove(gone);
                } else {
                    object.putNull(gone);
                }
            }
            case NUL_TEXT -> object.put(textField(object, schema, doc, target), "甲\u0000乙");
            case LONE_SURROGATE -> {
                String text = object.put(textField(object, schema, doc, target), "LONE")
                        .toString();
                return text.replace("\"LONE\"", "\"\\ud800x\"");
            }
            case OVERSIZE_TEXT -> {
                String name = textField(object, schema, doc, target);
                int max = ApiOperation.resolve(doc, schema.path("properties").path(name))
                        .path("maxLength")
                        .asInt(5000);
                object.put(name, "长".repeat(max + 1));
            }
            case MALFORMED -> {
                String text = object.toString();
                return text.substring(0, Math.max(1, text.length() / 2));
            }
            case TOO_DEEP -> {
                return "{\"" + target + "\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
            }
            case NUMBER_TOO_LONG -> {
                String text = object.toString();
                return text.substring(0, text.length() - 1) + (object.isEmpty() ? "" : ",") + "\"" + target + "\":"
                        + "9".repeat(2000) + "}";
            }
            case ARRAY_INSTEAD_OF_OBJECT -> {
                return "[" + object + "]";
            }
        }
        return object.toString();
    }

    /** A property of the body whose schema names a type (the target if it does), to give a value of another. */
    private static String typedField(JsonNode schema, JsonNode doc, String target) {
        List<String> typed = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(p -> {
            if (List.of("string", "integer", "number", "boolean", "array", "object")
                    .contains(
                            ApiOperation.resolve(doc, p.getValue()).path("type").asText())) {
                typed.add(p.getKey());
            }
        });
        return typed.isEmpty() ? null : typed.contains(target) ? target : typed.get(0);
    }

    /** A text field of the body (the target if it is one), where text defects go. */
    private static String textField(ObjectNode object, JsonNode schema, JsonNode doc, String target) {
        List<String> texts = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(p -> {
            JsonNode s = ApiOperation.resolve(doc, p.getValue());
            if ("string".equals(s.path("type").asText()) && !s.has("enum") && !s.has("format")) {
                texts.add(p.getKey());
            }
        });
        if (texts.contains(target) || texts.isEmpty()) {
            return texts.isEmpty() ? "__text" : target;
        }
        return texts.get(Math.abs(target.hashCode()) % texts.size());
    }

    /** A value of the schema's kind as a client would send it. */
    static JsonNode plausible(JsonNode schema, JsonNode doc, int depth) {
        JsonNode s = ApiOperation.resolve(doc, schema);
        String type = s.path("type").isArray()
                ? s.path("type").get(0).asText()
                : s.path("type").asText();
        if (depth > 6) {
            return JSON.nullNode();
        }
        return switch (type) {
            case "object" -> {
                ObjectNode o = JSON.createObjectNode();
                s.path("properties")
                        .fields()
                        .forEachRemaining(p -> o.set(p.getKey(), plausible(p.getValue(), doc, depth + 1)));
                yield o;
            }
            case "array" -> JSON.createArrayNode().add(plausible(s.path("items"), doc, depth + 1));
            case "integer" ->
                JSON.getNodeFactory().numberNode(Math.max(1, s.path("minimum").asInt(1)));
            case "number" -> JSON.getNodeFactory().numberNode(1.5);
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            default -> {
                if (s.has("enum")) {
                    yield s.path("enum").get(0);
                }
                String format = s.path("format").asText();
                yield JSON.getNodeFactory()
                        .textNode(
                                switch (format) {
                                    case "date-time" -> "2026-11-25T08:00:00+08:00";
                                    case "date" -> "2026-11-25";
                                    case "uuid" -> UUID.randomUUID().toString();
                                    default -> "文明城市";
                                });
            }
        };
    }

    private static JsonNode odd(JsonNode schema, int odd) {
        String type = schema.path("type").asText();
        if ("integer".equals(type) || "number".equals(type)) {
            return JSON.getNodeFactory()
                    .numberNode(new java.math.BigDecimal(
                            ODD_NUMBERS.get(odd % ODD_NUMBERS.size()).replace("1e309", "1E+309")));
        }
        return JSON.getNodeFactory().textNode(ODD_TEXTS.get(odd % ODD_TEXTS.size()));
    }

    private static JsonNode wrongType(JsonNode schema) {
        return switch (schema.path("type").asText()) {
            case "string" -> JSON.getNodeFactory().booleanNode(false);
            case "integer", "number" -> JSON.getNodeFactory().textNode("12");
            case "boolean" -> JSON.getNodeFactory().numberNode(1);
            case "array" -> JSON.getNodeFactory().textNode("not a list");
            default -> JSON.getNodeFactory().numberNode(7);
        };
    }

    private static String encoded(String value) {
        return value.equals("%00") || value.contains("%2F")
                ? value
                : java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…(" + s.length() + ")" : s;
    }

    static Map<String, String> known(String pointCode, String orderId, String unitCode) {
        Map<String, String> known = new LinkedHashMap<>();
        known.put("code", pointCode);
        known.put("id", orderId);
        known.put("unitCode", unitCode);
        known.put("pointType", "FARMERS_MARKET");
        return known;
    }
}
