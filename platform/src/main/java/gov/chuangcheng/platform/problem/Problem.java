package gov.chuangcheng.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error of the project's own APIs
 * (media type {@value #MEDIA_TYPE}).
 *
 * @param type     URI reference naming the kind of problem; {@code about:blank} when the status says it all
 * @param errors   for validation problems: each wrong field and what is wrong with it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Base of this project's problem type URIs. */
    public static final String TYPE_BASE = "https://chuangcheng.gov/problems/";

    /** One wrong field: a JSON path such as {@code items[2].score} or a query parameter name. */
    public record FieldError(String field, String message) {}
}
