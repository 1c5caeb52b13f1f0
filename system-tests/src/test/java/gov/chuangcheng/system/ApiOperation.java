package gov.chuangcheng.system;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One operation of a service's OpenAPI document, as the running service publishes it: what the system tests that
 * derive their requests from the documents read (roles, parameters, body schema, the statuses it promises).
 */
record ApiOperation(ServiceProcess service, String method, String path, JsonNode spec, JsonNode document) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every operation of every service's document, the platform's own {@code /q/} endpoints left out. */
    static List<ApiOperation> all(List<ServiceProcess> services) throws Exception {
        List<ApiOperation> operations = new ArrayList<>();
        for (ServiceProcess s : services) {
            JsonNode doc = JSON.readTree(
                    given().baseUri(s.baseUrl()).get("/q/openapi?format=json").asString());
            doc.path("paths")
                    .fields()
                    .forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
                        if (METHODS.contains(m.getKey()) && !p.getKey().startsWith("/q/")) {
                            operations.add(new ApiOperation(s, m.getKey(), p.getKey(), m.getValue(), doc));
                        }
                    }));
        }
        return operations;
    }

    List<String> roles() {
        List<String> roles = new ArrayList<>();
        spec.path("security")
                .forEach(s -> s.fields().forEachRemaining(f -> f.getValue().forEach(r -> roles.add(r.asText()))));
        return roles;
    }

    boolean open311() {
        return path.startsWith("/open311/");
    }

    boolean mutates() {
        return !"get".equals(method);
    }

    String name() {
        return method.toUpperCase() + " " + service.name().replace("-service", "") + path;
    }

    JsonNode bodySchema(String mediaType) {
        return resolve(
                document,
                spec.path("requestBody").path("content").path(mediaType).path("schema"));
    }

    boolean has(String mediaType) {
        return spec.path("requestBody").path("content").has(mediaType);
    }

    /** The statuses the document says the operation answers. */
    Set<String> documentedStatuses() {
        Set<String> statuses = new java.util.TreeSet<>();
        spec.path("responses").fieldNames().forEachRemaining(statuses::add);
        return statuses;
    }

    List<JsonNode> parameters(String in) {
        List<JsonNode> list = new ArrayList<>();
        spec.path("parameters").forEach(p -> {
            if (in.equals(p.path("in").asText())) {
                list.add(p);
            }
        });
        return list;
    }

    /**
     * The value a path parameter with a closed set of values must have to reach the resource at all ({@code json}
     * of {@code {format: json|xml}}): its first enum value or pattern branch; null for an open parameter.
     */
    static String fixedValue(JsonNode parameter) {
        JsonNode schema = parameter.path("schema");
        if (schema.has("enum")) {
            return schema.path("enum").get(0).asText();
        }
        String pattern = schema.path("pattern").asText();
        return pattern.matches("[\\w|]+") ? pattern.split("\\|")[0] : null;
    }

    /** A schema with its {@code $ref} (and a single {@code allOf}) followed. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String[] ref = s.path("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = document;
            for (String part : ref) {
                target = target.path(part);
            }
            s = target;
        }
        if (s.has("allOf") && s.path("allOf").size() == 1) {
            return resolve(document, s.path("allOf").get(0));
        }
        return s;
    }
}
