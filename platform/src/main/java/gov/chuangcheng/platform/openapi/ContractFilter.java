package gov.chuangcheng.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes each service's OpenAPI document say what the service does, for client generators: every operation has an
 * {@code operationId} ({@code rectificationSubmit} from {@code RectificationResource.submit}), and every error status
 * it can answer ({@link ErrorStatuses}) with the {@code Problem} schema of {@code application/problem+json}. A status
 * an operation declares itself is left as declared.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 100)
public class ContractFilter implements OASFilter {

    public static final String PROBLEM = "Problem";
    public static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    item.getOperations().entrySet()) {
                Operation operation = op.getValue();
                operation.setOperationId(operationId(operation.getOperationId()));
                addErrors(operation, shape(op.getKey().name(), path, item, operation));
            }
        });
    }

    /** What the operation has, as {@link ErrorStatuses} reads it. */
    public static ErrorStatuses.Shape shape(String method, String path, PathItem item, Operation operation) {
        List<String> headers = new ArrayList<>();
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        parameters.stream().filter(p -> p.getIn() == Parameter.In.HEADER).forEach(p -> headers.add(p.getName()));
        boolean secured =
                operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        return new ErrorStatuses.Shape(method, path, secured, operation.getRequestBody() != null, headers);
    }

    private static void addErrors(Operation operation, ErrorStatuses.Shape shape) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        Map<String, String> errors = ErrorStatuses.of(shape);
        for (Map.Entry<String, String> status : errors.entrySet()) {
            if (!responses.hasAPIResponse(status.getKey())) {
                responses.addAPIResponse(status.getKey(), problemResponse(status.getValue()));
            }
        }
        // an error the operation declares itself (or the scanner adds for roles and validation) gets the body the
        // platform answers it with
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.matches("[45]\\d\\d") && response.getContent() == null) {
                String description = errors.get(status);
                responses.addAPIResponse(
                        status,
                        problemResponse(
                                response.getDescription() == null || description != null && isGeneric(response)
                                        ? description
                                        : response.getDescription()));
            }
        });
    }

    /** The scanner's own descriptions ("Not Authorized", "Bad Request"), which say less than the platform's. */
    private static boolean isGeneric(APIResponse response) {
        return java.util.Set.of("Bad Request", "Not Authorized", "Not Allowed", "Not Found")
                .contains(response.getDescription());
    }

    static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                PROBLEM_MEDIA_TYPE,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(PROBLEM))));
    }

    /**
     * {@code RectificationResource_submit} (the class-method strategy) as a generator names a method:
     * {@code rectificationSubmit}. Ids an operation sets itself have no underscore and stay.
     */
    static String operationId(String id) {
        if (id == null || !id.contains("_")) {
            return id;
        }
        String resource = id.substring(0, id.indexOf('_')).replaceFirst("Resource$", "");
        String method = id.substring(id.indexOf('_') + 1);
        return Character.toLowerCase(resource.charAt(0))
                + resource.substring(1)
                + Character.toUpperCase(method.charAt(0))
                + method.substring(1);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem detail: the body of every error answer")
                .addRequired("title")
                .addRequired("status")
                .addProperty("type", text("URI naming the kind of problem; about:blank when the status says it all"))
                .addProperty("title", text("short summary of the kind of problem"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .description("the HTTP status"))
                .addProperty("detail", text("what went wrong with this request"))
                .addProperty("instance", text("the request path"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("for invalid requests: each wrong field and what is wrong with it")
                                .items(OASFactory.createSchema().ref("FieldError")));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addRequired("field")
                .addRequired("message")
                .addProperty("field", text("JSON path (items[2].score), parameter or header name"))
                .addProperty("message", text("what is wrong with it"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }
}
