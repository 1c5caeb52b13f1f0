package gov.chuangcheng.inspection.open311;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.platform.problem.ErrorFormat;
import gov.chuangcheng.platform.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error on the Open311 paths in the spec's format {@code [{"code","description"}]} (or its XML form
 * {@code <errors><error>} on the {@code .xml} paths), the one Open311 client libraries parse: a wrong token, a method
 * the path does not have and an internal error as much as the facade's own refusals ({@link Open311Exception}).
 */
@ApplicationScoped
public class Open311ErrorFormat implements ErrorFormat {

    static final String PATH = "/open311/";

    private final ObjectMapper json;

    public Open311ErrorFormat(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean appliesTo(String path) {
        return path.startsWith(PATH);
    }

    @Override
    public Response render(Problem problem) {
        List<Open311Views.Error> errors = Open311Views.Error.of(problem.status(), description(problem));
        if (problem.instance() != null && problem.instance().endsWith(".xml")) {
            return Response.status(problem.status())
                    .type(Open311Xml.MEDIA_TYPE)
                    .entity(Open311Xml.list("errors", "error", errors, json))
                    .build();
        }
        return Response.status(problem.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(errors)
                .build();
    }

    /** The fields named, as the facade's own errors name them ("lat: is not a number"), or the detail. */
    private static String description(Problem problem) {
        if (problem.errors() != null && !problem.errors().isEmpty()) {
            return problem.errors().stream()
                    .map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; "));
        }
        return problem.detail() != null ? problem.detail() : problem.title();
    }
}
