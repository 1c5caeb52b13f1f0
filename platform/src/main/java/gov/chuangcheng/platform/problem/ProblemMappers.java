package gov.chuangcheng.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import gov.chuangcheng.platform.input.StorableText;
import gov.chuangcheng.platform.input.StrictJson;
import gov.chuangcheng.platform.input.StrictParameters;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '(.*)'");

    private final ProblemResponses responses;
    private final AllowedMethods allowedMethods;

    public ProblemMappers(ProblemResponses responses, AllowedMethods allowedMethods) {
        this.responses = responses;
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(
                new Problem(
                        e.type(),
                        e.title(),
                        e.status(),
                        e.getMessage(),
                        path(uri),
                        e.errors().isEmpty() ? null : e.errors()),
                uri);
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

    /**
     * Malformed JSON, a wrong type, an unknown enum value, an unknown or repeated field, text that cannot be stored:
     * 400 naming the field, never 500.
     */
    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return problem(ProblemException.invalid(jsonField(e), jsonMessage(e)), uri);
    }

    static String jsonField(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining())
                    .replaceFirst("^\\.", "");
        }
        Matcher duplicate = DUPLICATE_KEY.matcher(e.getOriginalMessage());
        if (duplicate.matches() && e.getProcessor() instanceof JsonParser parser) {
            // the parser stands in the object that holds the key twice: its path, then the key
            String at = parser.getParsingContext().pathAsPointer().toString();
            String field = at.isEmpty() ? duplicate.group(1) : pointerToField(at);
            return field.endsWith(duplicate.group(1)) ? field : field + "." + duplicate.group(1);
        }
        return "body";
    }

    static String jsonMessage(JsonProcessingException e) {
        if (e instanceof StrictJson.UnstorableText) {
            return StorableText.MESSAGE;
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof InvalidFormatException f
                && f.getTargetType() != null
                && f.getTargetType().isEnum()) {
            return "must be one of "
                    + Arrays.stream(f.getTargetType().getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return expected(m.getTargetType());
        }
        if (DUPLICATE_KEY.matcher(e.getOriginalMessage()).matches()) {
            return "appears more than once";
        }
        return e instanceof JsonMappingException ? "has a wrong type or value" : "is not well-formed JSON";
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "must be text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "must be a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        return "has a wrong type or value";
    }

    /** {@code /items/2/score} as clients name fields: {@code items[2].score}. */
    static String pointerToField(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.matches("\\d+")) {
                field.append('[').append(part).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".")
                        .append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return field.toString();
    }

    /**
     * A body the REST layer could not read to its end: a multipart body without its closing boundary, a connection
     * cut off mid-upload. Services wrap their own I/O failures (the evidence store) in unchecked exceptions, so an
     * {@link IOException} reaching this layer is the request's.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        LOG.debugf("unreadable request body: %s", e.toString());
        return problem(ProblemException.invalid("body", "cannot be read: it is malformed or cut off"), uri);
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
        return respond(
                new Problem(
                        Problem.TYPE_BASE + "forbidden",
                        "Forbidden",
                        403,
                        "your role does not allow this",
                        path(uri),
                        null),
                uri);
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
    public Response webApplication(WebApplicationException e, UriInfo uri, ContainerRequestContext request) {
        if (e instanceof StrictParameters.InvalidParameter p) {
            return problem(ProblemException.invalid(p.parameter(), p.getMessage()), uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e instanceof NotFoundException && !(e.getCause() instanceof ProblemException)) {
            // where two resources share a path prefix, the REST layer answers a method neither has with 404
            Set<String> allowed = allowedMethods.of(uri.getPath());
            if (!allowed.isEmpty() && !allowed.contains(request.getMethod())) {
                Response answer = respond(
                        new Problem(
                                "about:blank",
                                titleOf(405),
                                405,
                                request.getMethod() + " is not a method of this resource",
                                path(uri),
                                null),
                        uri);
                return withAllow(Response.fromResponse(answer), allowed).build();
            }
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        String detail = status >= 500 ? "internal error" : e.getMessage();
        // keep what the status needs to be usable: Allow on a 405, Retry-After on a 503
        Response answer = respond(new Problem("about:blank", titleOf(status), status, detail, path(uri), null), uri);
        Response.ResponseBuilder withHeaders = Response.fromResponse(answer);
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER)) {
            Object value = e.getResponse().getHeaders().getFirst(header);
            if (value != null) {
                withHeaders.header(header, value);
            }
        }
        if (status == 405 && e.getResponse().getHeaders().getFirst(HttpHeaders.ALLOW) == null) {
            withAllow(withHeaders, allowedMethods.of(uri.getPath()));
        }
        return withHeaders.build();
    }

    /** The methods the path has, as a 405 names them (none when the path is not a resource). */
    private static Response.ResponseBuilder withAllow(Response.ResponseBuilder response, Set<String> allowed) {
        return allowed.isEmpty() ? response : response.header(HttpHeaders.ALLOW, String.join(", ", allowed));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected error", e);
        return respond(
                new Problem(
                        "about:blank",
                        "Internal Server Error",
                        500,
                        "internal error; the request has been logged",
                        path(uri),
                        null),
                uri);
    }

    static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    private Response unauthorized(UriInfo uri) {
        Response answer = respond(
                new Problem(
                        Problem.TYPE_BASE + "unauthenticated",
                        "Unauthorized",
                        401,
                        "a valid bearer token is required",
                        path(uri),
                        null),
                uri);
        return Response.fromResponse(answer)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    private Response respond(Problem p, UriInfo uri) {
        return responses.of(p, path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /**
     * Bean Validation paths look like {@code create.request.items[0].score} (method, parameter, then the bean path);
     * clients know only the JSON field, so the method and parameter parts are dropped.
     */
    static String fieldOf(ConstraintViolation<?> v) {
        // an element of a list is named by its index alone: evidenceIds[0], not evidenceIds[0].<list element>
        String path = v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
        String[] parts = path.split("\\.", 3);
        if (parts.length == 3) {
            return parts[2];
        }
        return parts[parts.length - 1];
    }
}
