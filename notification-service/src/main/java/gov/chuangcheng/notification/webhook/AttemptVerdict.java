package gov.chuangcheng.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What one attempt's result means, free of I/O: the delivery's new state, the outcome its attempt log records, and
 * what the attempt says about the endpoint's health. 2xx is delivered; 410 Gone abandons the delivery and disables
 * the subscription; another answer {@link RetryPolicy} does not retry fails the delivery; a retryable one (or no
 * answer) is tried again after the policy's pause (a {@code Retry-After} counts) until the schedule runs out.
 *
 * @param status        the delivery's state after the attempt
 * @param outcome       as the attempt log records it
 * @param nextAttemptAt when to try again; {@code null} unless {@code status} is still PENDING
 * @param lastError     the error or non-2xx status as the delivery shows it; {@code null} when delivered
 */
public record AttemptVerdict(
        WebhookDelivery.Status status,
        WebhookAttempt.Outcome outcome,
        Instant nextAttemptAt,
        String lastError,
        Endpoint endpoint) {

    /** What the attempt tells about the endpoint. */
    public enum Endpoint {
        /** it answered 2xx: healthy again */
        HEALTHY,
        /** it answered 410: the receiver says the address is gone */
        GONE,
        /** the attempt failed: one more failure in a row */
        FAILING
    }

    private static final int MAX_ERROR = 1000;

    /** The verdict on attempt number {@code attempt} (1 for the first) of a delivery, made at {@code now}. */
    public static AttemptVerdict of(AttemptResult result, int attempt, Instant now, RetryPolicy retries) {
        Integer status = result.status();
        String error = result.error() != null
                ? truncate(result.error())
                : status != null && status >= 300 ? "HTTP " + status : null;
        return switch (RetryPolicy.outcome(status)) {
            case DELIVERED ->
                new AttemptVerdict(
                        WebhookDelivery.Status.DELIVERED,
                        WebhookAttempt.Outcome.DELIVERED,
                        null,
                        error,
                        Endpoint.HEALTHY);
            case GONE ->
                new AttemptVerdict(
                        WebhookDelivery.Status.ABANDONED, WebhookAttempt.Outcome.GONE, null, error, Endpoint.GONE);
            case FAIL ->
                new AttemptVerdict(
                        WebhookDelivery.Status.FAILED, WebhookAttempt.Outcome.FAILED, null, error, Endpoint.FAILING);
            case RETRY -> {
                Optional<Duration> pause = retries.pause(attempt, RetryPolicy.retryAfter(result.retryAfter(), now));
                yield pause.isEmpty()
                        ? new AttemptVerdict(
                                WebhookDelivery.Status.FAILED,
                                WebhookAttempt.Outcome.FAILED,
                                null,
                                error,
                                Endpoint.FAILING)
                        : new AttemptVerdict(
                                WebhookDelivery.Status.PENDING,
                                WebhookAttempt.Outcome.RETRY,
                                now.plus(pause.get()),
                                error,
                                Endpoint.FAILING);
            }
        };
    }

    public boolean delivered() {
        return status == WebhookDelivery.Status.DELIVERED;
    }

    private static String truncate(String s) {
        return s.length() <= MAX_ERROR ? s : s.substring(0, MAX_ERROR);
    }
}
