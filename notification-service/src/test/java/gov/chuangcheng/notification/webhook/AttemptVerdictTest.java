package gov.chuangcheng.notification.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.notification.webhook.AttemptVerdict.Endpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an attempt's answer does to the delivery and its endpoint, without HTTP or a database. */
class AttemptVerdictTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    /** 1 s, then 1 min; no jitter, so pauses are exact. */
    private final RetryPolicy retries =
            new RetryPolicy(List.of(Duration.ofSeconds(1), Duration.ofMinutes(1)), 0, () -> 0.5);

    @Test
    void aTwoHundredIsDeliveredAndMakesTheEndpointHealthy() {
        AttemptVerdict v = AttemptVerdict.of(AttemptResult.answered(204, null), 1, NOW, retries);
        assertEquals(WebhookDelivery.Status.DELIVERED, v.status());
        assertEquals(WebhookAttempt.Outcome.DELIVERED, v.outcome());
        assertEquals(Endpoint.HEALTHY, v.endpoint());
        assertNull(v.nextAttemptAt());
        assertNull(v.lastError());
        assertTrue(v.delivered());
    }

    @Test
    void goneAbandonsTheDeliveryAndSaysTheEndpointIsGone() {
        AttemptVerdict v = AttemptVerdict.of(AttemptResult.answered(410, null), 1, NOW, retries);
        assertEquals(WebhookDelivery.Status.ABANDONED, v.status());
        assertEquals(WebhookAttempt.Outcome.GONE, v.outcome());
        assertEquals(Endpoint.GONE, v.endpoint());
        assertEquals("HTTP 410", v.lastError());
        assertNull(v.nextAttemptAt());
        assertFalse(v.delivered());
    }

    @Test
    void aClientErrorFailsAtOnceAndCountsAgainstTheEndpoint() {
        AttemptVerdict v = AttemptVerdict.of(AttemptResult.answered(400, null), 1, NOW, retries);
        assertEquals(WebhookDelivery.Status.FAILED, v.status());
        assertEquals(WebhookAttempt.Outcome.FAILED, v.outcome());
        assertEquals(Endpoint.FAILING, v.endpoint());
        assertEquals("HTTP 400", v.lastError());
        assertNull(v.nextAttemptAt());
    }

    @Test
    void aServerErrorIsRetriedAfterTheScheduledPauseOrALongerRetryAfter() {
        AttemptVerdict v = AttemptVerdict.of(AttemptResult.answered(503, null), 1, NOW, retries);
        assertEquals(WebhookDelivery.Status.PENDING, v.status());
        assertEquals(WebhookAttempt.Outcome.RETRY, v.outcome());
        assertEquals(Endpoint.FAILING, v.endpoint());
        assertEquals(NOW.plusSeconds(1), v.nextAttemptAt());
        assertEquals("HTTP 503", v.lastError());

        AttemptVerdict asked = AttemptVerdict.of(AttemptResult.answered(429, "120"), 1, NOW, retries);
        assertEquals(NOW.plusSeconds(120), asked.nextAttemptAt());
    }

    @Test
    void noAnswerIsRetriedWithTheErrorAsTheReason() {
        AttemptVerdict v =
                AttemptVerdict.of(AttemptResult.unanswered("java.net.ConnectException: refused"), 2, NOW, retries);
        assertEquals(WebhookAttempt.Outcome.RETRY, v.outcome());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), v.nextAttemptAt());
        assertEquals("java.net.ConnectException: refused", v.lastError());
    }

    @Test
    void aRetryableFailureAfterTheLastScheduledPauseFailsTheDelivery() {
        AttemptVerdict v = AttemptVerdict.of(AttemptResult.answered(500, null), retries.maxAttempts(), NOW, retries);
        assertEquals(WebhookDelivery.Status.FAILED, v.status());
        assertEquals(WebhookAttempt.Outcome.FAILED, v.outcome());
        assertEquals(Endpoint.FAILING, v.endpoint());
        assertNull(v.nextAttemptAt());
    }

    @Test
    void aLongErrorIsCutTo1000Characters() {
        AttemptVerdict v = AttemptVerdict.of(AttemptResult.unanswered("x".repeat(5000)), 1, NOW, retries);
        assertEquals(1000, v.lastError().length());
    }
}
