package gov.chuangcheng.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.platform.input.StorableText;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses, as problems, what the HTTP layer would otherwise refuse with an empty body: a request target longer than
 * {@code cc.http.max-uri-length} (414) and a body whose declared length exceeds
 * {@code quarkus.http.limits.max-body-size} (413), and an encoded NUL in the path or the query (400). It runs before routing, so that no resource, authentication or
 * body parsing sees such a request.
 */
@ApplicationScoped
public class HttpLayerRefusals {

    /** Before every route Quarkus and the REST layer install (their orders are 0 and above). */
    static final int ORDER = -10_000;

    private final HttpLimitsConfig limits;
    private final long maxBodyBytes;
    private final ProblemResponses responses;
    private final ObjectMapper json;

    public HttpLayerRefusals(
            HttpLimitsConfig limits,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            ProblemResponses responses,
            ObjectMapper json) {
        this.limits = limits;
        this.maxBodyBytes = maxBody.asLongValue();
        this.responses = responses;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext rc) {
        String target = rc.request().uri();
        if (target.length() > limits.maxUriLength()) {
            refuse(
                    rc,
                    414,
                    "the request target has " + target.length() + " characters; at most " + limits.maxUriLength()
                            + " are accepted");
            return;
        }
        String unstorable = parameterWithNul(target);
        if (unstorable != null) {
            refuse(rc, ProblemException.invalid(unstorable, StorableText.MESSAGE));
            return;
        }
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null
                && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")
                && !type.toLowerCase(Locale.ROOT).contains("boundary=")) {
            // without a boundary the REST layer reads the body as an empty form instead of refusing it
            refuse(rc, ProblemException.invalid("Content-Type", "a multipart body needs its boundary parameter"));
            return;
        }
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && tooLong(declared)) {
            refuse(rc, 413, "the request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        rc.next();
    }

    private boolean tooLong(String declared) {
        try {
            return Long.parseLong(declared.strip()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec refuses a malformed Content-Length itself
        }
    }

    /**
     * The part of a request target that carries an encoded NUL, which no text column can hold: {@code path} or the
     * query parameter's name; null when there is none. Checked here, before routing, because a path segment is
     * decoded and matched before any parameter converter could see it.
     */
    static String parameterWithNul(String target) {
        if (!target.contains("%00")) {
            return null;
        }
        int query = target.indexOf('?');
        if (query < 0 || target.substring(0, query).contains("%00")) {
            return "path";
        }
        for (String pair : target.substring(query + 1).split("&")) {
            if (pair.contains("%00")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                return URLDecoder.decode(name.replace("%00", ""), StandardCharsets.UTF_8);
            }
        }
        return "query";
    }

    private void refuse(RoutingContext rc, int status, String detail) {
        String path = rc.request().path();
        send(rc, new Problem("about:blank", ProblemMappers.titleOf(status), status, detail, path, null));
    }

    private void refuse(RoutingContext rc, ProblemException e) {
        String path = rc.request().path();
        send(rc, new Problem(e.type(), e.title(), e.status(), e.getMessage(), path, e.errors()));
    }

    private void send(RoutingContext rc, Problem problem) {
        int status = problem.status();
        Response answer = responses.of(problem, problem.instance());
        String body;
        try {
            body = json.writeValueAsString(answer.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        rc.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, answer.getMediaType().toString())
                // the unread body would otherwise be taken for the next request on this connection
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
