package gov.chuangcheng.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What a webhook response means for the delivery: 2xx delivered; 410 Gone disables the subscription; 408, 429, 5xx and
 * network errors or timeouts are retried with exponential backoff (30 s, 1, 2, 4 … min, at most 6 h), never sooner than
 * a {@code Retry-After} asks; any other 4xx fails at once, since repeating the request cannot help.
 */
public final class RetryPolicy {

    public enum Outcome { DELIVERED, RETRY, FAIL, GONE }

    private static final Duration FIRST = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(6);

    private RetryPolicy() {
    }

    /** {@code status} is null for a network error or timeout. */
    public static Outcome outcome(Integer status) {
        if (status == null) {
            return Outcome.RETRY;
        }
        if (status >= 200 && status < 300) {
            return Outcome.DELIVERED;
        }
        if (status == 410) {
            return Outcome.GONE;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return Outcome.RETRY;
        }
        return Outcome.FAIL;
    }

    /** The pause after the {@code attempts}-th failed attempt, at least what Retry-After asks (capped at MAX). */
    public static Duration pause(int attempts, Optional<Duration> retryAfter) {
        Duration backoff = FIRST.multipliedBy(1L << Math.max(0, Math.min(attempts - 1, 20)));
        if (backoff.compareTo(MAX) > 0) {
            backoff = MAX;
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(backoff) > 0) {
            return retryAfter.get().compareTo(MAX) > 0 ? MAX : retryAfter.get();
        }
        return backoff;
    }

    /** A Retry-After header: delay-seconds or an HTTP-date. */
    public static Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException ex) {
                return Optional.empty();
            }
        }
    }
}
