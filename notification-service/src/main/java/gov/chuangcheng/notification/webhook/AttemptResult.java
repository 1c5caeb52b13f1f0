package gov.chuangcheng.notification.webhook;

/**
 * What one post got back: the HTTP status and {@code Retry-After} header of the answer, or the error that kept it
 * from getting one (a timeout, a refused connection).
 *
 * @param status     the HTTP status, {@code null} when there was no answer
 * @param retryAfter the raw {@code Retry-After} header, if any
 * @param error      why there was no answer, {@code null} when there was one
 */
public record AttemptResult(Integer status, String retryAfter, String error) {

    public static AttemptResult answered(int status, String retryAfter) {
        return new AttemptResult(status, retryAfter, null);
    }

    public static AttemptResult unanswered(String error) {
        return new AttemptResult(null, null, error);
    }
}
