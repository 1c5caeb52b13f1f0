package gov.chuangcheng.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;

/**
 * Renders a problem for a request path: as {@code application/problem+json}, or in the format of the facade that
 * claims the path ({@link ErrorFormat}). The one place where an error answer's body is made, for the REST layer's
 * mappers and for the HTTP layer's own refusals alike.
 */
@ApplicationScoped
public class ProblemResponses {

    private final List<ErrorFormat> formats;

    public ProblemResponses(Instance<ErrorFormat> formats) {
        this.formats = formats.stream().toList();
    }

    public Response of(Problem problem, String path) {
        return formatFor(path)
                .map(f -> f.render(problem))
                .orElseGet(() -> Response.status(problem.status())
                        .type(Problem.MEDIA_TYPE)
                        .entity(problem)
                        .build());
    }

    public Optional<ErrorFormat> formatFor(String path) {
        return path == null
                ? Optional.empty()
                : formats.stream().filter(f -> f.appliesTo(path)).findFirst();
    }
}
