package gov.chuangcheng.platform.problem;

import java.util.List;

/**
 * Thrown by services and resources to answer with a problem: the mapper turns it into {@link Problem}. Use the
 * factories; each names the kind of problem once.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(
                404, Problem.TYPE_BASE + "not-found", "Not Found", what + " " + id + " does not exist", null);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, Problem.TYPE_BASE + "validation", "Invalid request", detail, errors);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, Problem.TYPE_BASE + "conflict", "Conflict", detail, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, Problem.TYPE_BASE + "forbidden", "Forbidden", detail, null);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, Problem.TYPE_BASE + "stale-version", "Precondition Failed", detail, null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, Problem.TYPE_BASE + "version-required", "Precondition Required", detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
