package gov.chuangcheng.inspection.open311;

import gov.chuangcheng.platform.openapi.ContractFilter;
import gov.chuangcheng.platform.openapi.ErrorStatuses;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The Open311 paths answer errors in the spec's format, not as problems ({@link Open311ErrorFormat}): their document
 * says so, with the same statuses the platform documents for every other path. Whichever filter runs first, the
 * Open311 paths end with the spec's error schema.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = 10)
public class Open311OpenApi implements OASFilter {

    static final String ERRORS = "Open311Errors";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(ERRORS, errorsSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith(Open311ErrorFormat.PATH)) {
                return;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    item.getOperations().entrySet()) {
                Operation operation = op.getValue();
                ErrorStatuses.Shape shape = ContractFilter.shape(op.getKey().name(), path, item, operation);
                for (Map.Entry<String, String> status : ErrorStatuses.of(shape).entrySet()) {
                    operation.getResponses().addAPIResponse(status.getKey(), errorResponse(status.getValue()));
                }
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse errorResponse(String description) {
        return OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/json",
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(ERRORS)))
                        .addMediaType(
                                Open311Resource.XML,
                                OASFactory.createMediaType()
                                        .schema(OASFactory.createSchema().ref(ERRORS))));
    }

    private static Schema errorsSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.ARRAY)
                .description("GeoReport v2 errors: [{\"code\": 400, \"description\": \"lat: is not a number\"}]; "
                        + "as XML <errors><error><code/><description/></error></errors>")
                .items(OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .addRequired("code")
                        .addRequired("description")
                        .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                        .addProperty("description", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
    }
}
