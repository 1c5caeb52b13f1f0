package gov.chuangcheng.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every exception that reaches the REST layer to an RFC 9457 problem. Client mistakes are 4xx with the field
 * that is wrong; nothing internal (stack traces, SQL) ever reaches the client.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(
                e.type(),
                e.title(),
                e.status(),
                e.getMessage(),
                path(uri),
                e.errors().isEmpty() ? null : e.errors()));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        ProblemException p = ProblemException.invalid(errors);
        return problem(p, uri);
    }

    /**
     * A wrong type or an unknown enum value. Declared for the exact Jackson type so that it wins over the mapper
     * Quarkus registers for it (which answers plain JSON).
     */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    /** Malformed JSON, a wrong type or an unknown enum value: 400 naming the field, never 500. */
    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = "body";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
        }
        String message = e instanceof JsonMappingException ? "has a wrong type or value" : "is not well-formed JSON";
        return problem(ProblemException.invalid(field, message), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(
                Problem.TYPE_BASE + "forbidden", "Forbidden", 403, "your role does not allow this", path(uri), null));
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return problem(ProblemException.conflict("the record was changed concurrently; reload and retry"), uri);
    }

    @ServerExceptionMapper
    public Response staleObject(StaleObjectStateException e, UriInfo uri) {
        return problem(ProblemException.conflict("the record was changed concurrently; reload and retry"), uri);
    }

    /** 404 for unknown paths, 405, 406, 415 and friends keep their status but get a problem body. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e instanceof StrictParameters.InvalidParameter p) {
            return problem(ProblemException.invalid(p.parameter(), p.getMessage()), uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        String detail = status >= 500 ? "internal error" : e.getMessage();
        return respond(new Problem("about:blank", title, status, detail, path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected error", e);
        return respond(new Problem(
                "about:blank",
                "Internal Server Error",
                500,
                "internal error; the request has been logged",
                path(uri),
                null));
    }

    private Response unauthorized(UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(
                        Problem.TYPE_BASE + "unauthenticated",
                        "Unauthorized",
                        401,
                        "a valid bearer token is required",
                        path(uri),
                        null))
                .build();
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /**
     * Bean Validation paths look like {@code create.request.items[0].score} (method, parameter, then the bean path);
     * clients know only the JSON field, so the method and parameter parts are dropped.
     */
    static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        if (parts.length == 3) {
            return parts[2];
        }
        return parts[parts.length - 1];
    }
}
