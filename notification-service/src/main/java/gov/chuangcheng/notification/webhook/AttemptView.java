package gov.chuangcheng.notification.webhook;

import java.time.Instant;

/** One attempt of a delivery: round 0 is the first, round n the n-th replay. */
public record AttemptView(
        int round, int attempt, Instant attemptedAt, Integer status, WebhookAttempt.Outcome outcome, String error) {

    static AttemptView of(WebhookAttempt a) {
        return new AttemptView(a.round, a.attempt, a.attemptedAt, a.status, a.outcome, a.error);
    }
}
