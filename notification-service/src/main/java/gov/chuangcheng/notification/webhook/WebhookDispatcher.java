package gov.chuangcheng.notification.webhook;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.notification.NotificationSent;
import gov.chuangcheng.platform.delivery.DeliveryPump;
import gov.chuangcheng.platform.delivery.DeliveryPump.Batch;
import gov.chuangcheng.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Posts the webhook deliveries that are due ({@link WebhookFanOut} records them): after the transaction that recorded
 * them commits, after a replay, and from the sweeper ({@code cc.webhooks.sweep}). Each batch locks due rows
 * {@code for update skip locked} (platform {@link DeliveryPump}), checks each target against {@link WebhookGuard}
 * before it posts ({@link SignedPoster}), and applies the {@link AttemptVerdict}: the delivery's state, one attempt
 * log row, the endpoint's health ({@link EndpointHealthRecorder}), and for a delivered post
 * {@code cc.notification.sent.v1} (recipient = subscription id) in the batch's transaction.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final WebhookGuard guard;
    private final SignedPoster poster;
    private final EndpointHealthRecorder health;
    private final RetryPolicy retries;
    private final DeliveryPump pump;

    public WebhookDispatcher(
            EntityManager em,
            Outbox outbox,
            Clock clock,
            TransactionSynchronizationRegistry transactions,
            WebhookGuard guard,
            SignedPoster poster,
            EndpointHealthRecorder health,
            WebhookConfig config) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = transactions;
        this.guard = guard;
        this.poster = poster;
        this.health = health;
        this.retries = new RetryPolicy(
                config.retrySchedule().orElse(RetryPolicy.STANDARD_SCHEDULE),
                config.retryJitter(),
                ThreadLocalRandom.current()::nextDouble);
        // the batch's posts run inside the transaction that holds the rows' locks: give it time for all of them
        this.pump = new DeliveryPump(
                "webhook-delivery",
                config.batch(),
                (int) Math.max(60, config.batch() * (config.timeout().toSeconds() + 5)),
                this::sendBatch);
    }

    public void wakeUp() {
        pump.wakeUp();
    }

    /** Runs a delivery pass once the current transaction has committed (after a fan-out or a replay). */
    public void sendAfterCommit() {
        pump.afterCommit(transactions);
    }

    @Scheduled(
            identity = "webhook-sweep",
            every = "${cc.webhooks.sweep}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Posts every delivery that is due now; returns how many were delivered. Safe to call concurrently. */
    public int sendDue() {
        return pump.drain();
    }

    /** One batch, inside its transaction: locks at most {@code limit} due deliveries and posts them. */
    private Batch sendBatch(int limit) {
        Instant now = clock.instant();
        List<UUID> ids = DeliveryPump.claimDue(em, "webhook_delivery", null, now, limit);
        int delivered = 0;
        // subscriptions this batch disabled: their remaining deliveries are not posted
        Set<UUID> disabled = new HashSet<>();
        for (UUID id : ids) {
            WebhookDelivery d = em.find(WebhookDelivery.class, id);
            WebhookSubscription s = em.find(WebhookSubscription.class, d.subscriptionId);
            if (s == null || !s.active || disabled.contains(s.id)) {
                d.status = WebhookDelivery.Status.ABANDONED;
                d.nextAttemptAt = null;
                d.lastError = "the subscription is disabled";
                continue;
            }
            Optional<String> refusal = guard.refusal(s.url);
            if (refusal.isPresent()) {
                d.status = WebhookDelivery.Status.FAILED;
                d.nextAttemptAt = null;
                d.lastError = "target refused: " + refusal.get();
                log(d, now, null, WebhookAttempt.Outcome.REFUSED);
                continue;
            }
            if (attempt(d, s, now, disabled)) {
                delivered++;
            }
        }
        return new Batch(ids.size(), delivered);
    }

    /** One attempt and its consequences; returns true when delivered. */
    private boolean attempt(WebhookDelivery d, WebhookSubscription s, Instant now, Set<UUID> disabled) {
        d.attempts++;
        AttemptResult result = poster.post(d, s, now);
        AttemptVerdict verdict = AttemptVerdict.of(result, d.attempts, now, retries);
        d.lastStatus = result.status();
        d.lastError = verdict.lastError();
        d.status = verdict.status();
        d.nextAttemptAt = verdict.nextAttemptAt();
        if (verdict.delivered()) {
            d.deliveredAt = now;
        }
        log(d, now, result.status(), verdict.outcome());
        switch (verdict.endpoint()) {
            case HEALTHY -> {
                health.delivered(s.id);
                outbox.publish(
                        EventCatalog.NOTIFICATION_SENT,
                        s.id.toString(),
                        new NotificationSent(
                                d.id.toString(),
                                s.id.toString(),
                                NotificationChannel.WEBHOOK,
                                d.unitCode,
                                d.sourceEventId,
                                d.eventType,
                                s.name,
                                d.payload,
                                OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
            }
            case GONE -> health.gone(s, now);
            case FAILING -> {
                if (health.failed(s.id, now)) {
                    disabled.add(s.id);
                }
            }
        }
        return verdict.delivered();
    }

    private void log(WebhookDelivery d, Instant now, Integer status, WebhookAttempt.Outcome outcome) {
        WebhookAttempt a = new WebhookAttempt();
        a.deliveryId = d.id;
        a.round = d.replays;
        a.attempt = d.attempts;
        a.attemptedAt = now;
        a.status = status;
        a.outcome = outcome;
        a.error = d.lastError;
        em.persist(a);
    }

    @PreDestroy
    void stop() {
        pump.close();
    }
}
