package gov.chuangcheng.notification.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failing endpoint is disabled automatically: once every attempt to it has failed for {@code period} (since the
 * first failure after its last success) <em>and</em> at least {@code minFailures} attempts in a row have failed. The
 * period follows the Standard Webhooks advice (disable an endpoint failing for days, not after a bad hour); the
 * minimum keeps a quiet endpoint that failed once, long ago, from being disabled by its next failure.
 *
 * @param minFailures failed attempts in a row at least
 * @param period      how long every attempt has failed at least
 */
public record EndpointHealth(int minFailures, Duration period) {

    public EndpointHealth {
        if (minFailures < 1 || period.isNegative()) {
            throw new IllegalArgumentException("minFailures >= 1 and a non-negative period are required");
        }
    }

    /**
     * @param consecutiveFailures failed attempts since the last delivered one, this one included
     * @param failingSince        the first of them
     */
    public boolean shouldDisable(int consecutiveFailures, Instant failingSince, Instant now) {
        return failingSince != null && consecutiveFailures >= minFailures && !now.isBefore(failingSince.plus(period));
    }
}
