package gov.chuangcheng.platform.problem;

import jakarta.ws.rs.core.Response;

/**
 * The error format of a facade whose clients parse another format than problem documents (Open311's
 * {@code [{"code","description"}]}). A service provides one as a bean; every error on the paths it claims, including
 * 401, 405, 413 and 500 and those of the HTTP layer, is rendered by it instead of as {@code application/problem+json}.
 */
public interface ErrorFormat {

    /** Whether the request path (raw, as the client sent it) belongs to this facade. */
    boolean appliesTo(String path);

    /** The answer for a problem: same status and headers, the facade's body and media type. */
    Response render(Problem problem);
}
