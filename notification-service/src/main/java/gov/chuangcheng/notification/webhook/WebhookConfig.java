package gov.chuangcheng.notification.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The webhook settings ({@code cc.webhooks.*}): their defaults live here and nowhere else; profiles and the
 * environment override them.
 */
@ConfigMapping(prefix = "cc.webhooks")
public interface WebhookConfig {

    /** Hosts exempt from the internal-address check ({@link TargetGuard}); none in production. */
    Optional<List<String>> allowedHosts();

    /** Connect and response timeout of one post. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * Pauses after the 1st, 2nd, … failed attempt; without it the Standard Webhooks schedule
     * ({@link RetryPolicy#STANDARD_SCHEDULE}, about three days).
     */
    Optional<List<Duration>> retrySchedule();

    /** Each pause varies by up to this fraction either way, so that failed endpoints are not retried in step. */
    @WithDefault("0.1")
    double retryJitter();

    /** Deliveries one transaction locks and posts. */
    @WithDefault("20")
    int batch();

    /** How often the sweeper retries due deliveries ({@code every} of the scheduler); {@code off} disables it. */
    @WithDefault("15s")
    String sweep();

    /**
     * How long the previous secret keeps signing after {@code POST /webhook-subscriptions/{id}/rotate-secret} (a
     * request may ask for less, down to {@code PT0S}).
     */
    @WithDefault("24h")
    Duration secretOverlap();

    /**
     * A failing endpoint is disabled automatically once every attempt to it has failed for this long AND at least
     * {@link #disableMinFailures()} attempts in a row have failed ({@link EndpointHealth}); the campaign office is
     * told (rule {@code cc.webhook-subscription.disabled.v1}).
     */
    @WithDefault("5d")
    Duration disableAfter();

    /** See {@link #disableAfter()}. */
    @WithDefault("10")
    int disableMinFailures();
}
