package gov.chuangcheng.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "cc.outbox")
public interface OutboxConfig {

    /** Run the relay in this process. Several replicas may all enable it: only one publishes at a time. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How long the relay waits for new rows when no commit wakes it up. */
    @WithDefault("250ms")
    Duration pollInterval();

    /** Rows published per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** First and longest pause after a failed pass (broker or database down); doubles in between. */
    @WithDefault("500ms")
    Duration minBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** How long one pass may wait for a row lock before it gives up (and retries later). */
    @WithDefault("5s")
    Duration lockTimeout();

    /** Readiness turns DOWN when the oldest unpublished row is older than this. */
    @WithDefault("2m")
    Duration stallThreshold();

    /** Published outbox rows and inbox records older than this are deleted. */
    @WithDefault("7d")
    Duration retention();

    /** Advisory lock key, taken per relay transaction, that lets only one relay of a database publish at a time. */
    @WithDefault("7420001")
    long lockKey();

    /** CloudEvents source of this service's events. */
    @WithDefault("/chuangcheng/${quarkus.application.name}")
    String source();
}
