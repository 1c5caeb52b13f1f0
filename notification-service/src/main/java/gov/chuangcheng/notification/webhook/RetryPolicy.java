package gov.chuangcheng.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * What a webhook response means for the delivery: 2xx delivered; 410 Gone disables the subscription; 408, 429, 5xx and
 * network errors or timeouts are retried; any other 4xx fails at once, since repeating the request cannot help.
 *
 * <p>Retries follow the Standard Webhooks schedule after the immediate first attempt — 5 s, 5 min, 30 min, 2 h, 5 h,
 * 10 h, … — stretched with 10 h steps to about three days, each pause spread by a random ± jitter so that a receiver
 * coming back is not hit by every sender at once, and never shorter than a {@code Retry-After} asks.
 */
public final class RetryPolicy {

    public enum Outcome {
        DELIVERED,
        RETRY,
        FAIL,
        GONE
    }

    /** Pauses after the 1st, 2nd, … failed attempt (about 2.8 days in all). */
    public static final List<Duration> STANDARD_SCHEDULE = List.of(
            Duration.ofSeconds(5),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(5),
            Duration.ofHours(10),
            Duration.ofHours(10),
            Duration.ofHours(10),
            Duration.ofHours(10),
            Duration.ofHours(10),
            Duration.ofHours(10));

    /** A Retry-After longer than this is not honoured beyond it. */
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(24);

    private final List<Duration> schedule;
    private final double jitter;
    private final DoubleSupplier random;

    /**
     * @param schedule pause after each failed attempt; its length is the number of retries
     * @param jitter   fraction (0–1) by which a pause is randomly lengthened or shortened
     * @param random   uniform numbers in [0, 1)
     */
    public RetryPolicy(List<Duration> schedule, double jitter, DoubleSupplier random) {
        if (schedule.isEmpty() || jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("a non-empty schedule and a jitter in [0, 1) are required");
        }
        this.schedule = List.copyOf(schedule);
        this.jitter = jitter;
        this.random = random;
    }

    /** Attempts in all: the immediate one plus one per scheduled pause. */
    public int maxAttempts() {
        return schedule.size() + 1;
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

    /**
     * The pause after the {@code attempts}-th failed attempt, at least what Retry-After asks; empty when that was the
     * last attempt of the schedule.
     */
    public Optional<Duration> pause(int attempts, Optional<Duration> retryAfter) {
        if (attempts < 1 || attempts > schedule.size()) {
            return Optional.empty();
        }
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        Duration backoff =
                Duration.ofMillis(Math.round(schedule.get(attempts - 1).toMillis() * factor));
        if (retryAfter.isPresent() && retryAfter.get().compareTo(backoff) > 0) {
            return Optional.of(retryAfter.get().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : retryAfter.get());
        }
        return Optional.of(backoff);
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
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException ex) {
                return Optional.empty();
            }
        }
    }
}
