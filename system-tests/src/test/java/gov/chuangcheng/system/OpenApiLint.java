package gov.chuangcheng.system;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an OpenAPI document as a client generator would meet it: first with a validator that is not the one that
 * wrote it (swagger-parser), then with lint rules after Spectral's OAS ruleset — an {@code operationId} on every
 * operation, unique and usable as a method name; a success response; path parameters declared exactly; summaries;
 * every {@code $ref} resolvable; enums typed and without repeats; schema names a generator keeps (no {@code Create1});
 * and every error response with a schema.
 */
final class OpenApiLint {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiLint() {}

    /** The problems found, each naming the service and where; empty when the document is clean. */
    static List<String> problems(String service, String json, JsonNode doc) {
        List<String> problems = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(json, null, options);
        if (parsed.getOpenAPI() == null) {
            problems.add(service + ": the validator cannot read the document");
        }
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(m -> problems.add(service + ": validator: " + m));
        }
        Set<String> operationIds = new HashSet<>();
        doc.path("paths").fields().forEachRemaining(path -> {
            Set<String> inPath = new HashSet<>();
            Matcher m = PATH_PARAMETER.matcher(path.getKey());
            while (m.find()) {
                inPath.add(m.group(1));
            }
            path.getValue().fields().forEachRemaining(op -> {
                if (!METHODS.contains(op.getKey())) {
                    return;
                }
                String where = service + " " + op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                String id = operation.path("operationId").asText();
                if (id.isEmpty()) {
                    problems.add(where + ": operation-operationId: none");
                } else if (!operationIds.add(id)) {
                    problems.add(where + ": operation-operationId-unique: " + id + " twice");
                } else if (!id.matches("[a-z][A-Za-z0-9]*")) {
                    problems.add(where + ": operation-operationId-valid-in-url: " + id);
                }
                if (operation.path("summary").asText().isBlank()
                        && operation.path("description").asText().isBlank()) {
                    problems.add(where + ": operation-description: neither summary nor description");
                }
                boolean success = false;
                for (var it = operation.path("responses").fields(); it.hasNext(); ) {
                    var response = it.next();
                    success |= response.getKey().startsWith("2")
                            || response.getKey().startsWith("3");
                    if (response.getKey().matches("[45]\\d\\d")
                            && !response.getValue().has("content")) {
                        problems.add(where + ": error response " + response.getKey() + " has no schema");
                    }
                }
                if (!success) {
                    problems.add(where + ": operation-success-response: none");
                }
                Set<String> declared = new HashSet<>();
                operation.path("parameters").forEach(p -> {
                    if ("path".equals(p.path("in").asText())) {
                        declared.add(p.path("name").asText());
                    }
                });
                if (!declared.equals(inPath)) {
                    problems.add(where + ": path-params: declared " + declared + ", in the path " + inPath);
                }
            });
        });
        doc.path("components").path("schemas").fields().forEachRemaining(schema -> {
            if (schema.getKey().matches(".*\\d$")) {
                problems.add(service + ": schema " + schema.getKey() + ": a name a generator would keep as is");
            }
        });
        refsAndEnums(service, doc, doc, "#", problems);
        return problems;
    }

    private static void refsAndEnums(String service, JsonNode doc, JsonNode node, String at, List<String> problems) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                String ref = node.path("$ref").asText();
                JsonNode target = doc;
                for (String part : ref.replaceFirst("^#/", "").split("/")) {
                    target = target.path(part);
                }
                if (!ref.startsWith("#/") || target.isMissingNode()) {
                    problems.add(service + ": " + at + ": $ref " + ref + " resolves to nothing");
                }
            }
            if (node.has("enum") && node.path("enum").isArray()) {
                Set<String> seen = new HashSet<>();
                node.path("enum").forEach(v -> {
                    if (!seen.add(v.asText())) {
                        problems.add(service + ": " + at + ": duplicated-entry-in-enum " + v.asText());
                    }
                });
                if (!node.has("type")) {
                    problems.add(service + ": " + at + ": typed-enum: an enum without a type");
                }
            }
            node.fields()
                    .forEachRemaining(f -> refsAndEnums(service, doc, f.getValue(), at + "/" + f.getKey(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refsAndEnums(service, doc, node.get(i), at + "/" + i, problems);
            }
        }
    }
}
