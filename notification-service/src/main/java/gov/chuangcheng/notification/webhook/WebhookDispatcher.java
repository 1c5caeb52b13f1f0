package gov.chuangcheng.notification.webhook;

import gov.chuangcheng.platform.time.SqlTimes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.notification.NotificationSent;
import gov.chuangcheng.notification.routing.EventFacts;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.delivery.DeliveryPump;
import gov.chuangcheng.platform.delivery.DeliveryPump.Batch;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.events.directory.UnitUpserted;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed webhook deliveries. {@link #enqueue} records one PENDING delivery per active subscription that wants the
 * event, in the transaction of the event (unique per subscription and event: a redelivery posts nothing new); after
 * commit, and from the sweeper ({@code cc.webhooks.sweep}), {@link #sendDue} posts what is due.
 *
 * <p>Each post carries the Standard Webhooks headers {@code webhook-id} (the delivery id, the same on every retry),
 * {@code webhook-timestamp} and {@code webhook-signature}. The body is {@code {"type","eventId","timestamp","data"}}
 * with the domain event as {@code data}. Outcomes follow {@link RetryPolicy}; a 410 disables the subscription; the
 * target is checked against {@link WebhookGuard} before every post and redirects are never followed. A delivered
 * post publishes {@code cc.notification.sent.v1} (recipient = subscription id).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final EntityManager em;
    private final ObjectMapper json;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final WebhookGuard guard;
    private final UnitDirectory directory;
    private final EndpointNotices notices;
    private final EndpointHealth health;
    private final java.time.ZoneId zone;
    private final Duration timeout;
    private final RetryPolicy retries;
    private final HttpClient http;
    private final DeliveryPump pump;

    public WebhookDispatcher(EntityManager em, ObjectMapper json, Outbox outbox, Clock clock,
                             TransactionSynchronizationRegistry transactions, WebhookGuard guard,
                             UnitDirectory directory, EndpointNotices notices,
                             @ConfigProperty(name = "cc.webhooks.disable-min-failures", defaultValue = "10")
                             int disableMinFailures,
                             @ConfigProperty(name = "cc.webhooks.disable-after", defaultValue = "5d")
                             Duration disableAfter,
                             @ConfigProperty(name = "cc.calendar.zone", defaultValue = "Asia/Shanghai") String zone,
                             @ConfigProperty(name = "cc.webhooks.timeout", defaultValue = "10s") Duration timeout,
                             @ConfigProperty(name = "cc.webhooks.retry-schedule") Optional<List<Duration>> schedule,
                             @ConfigProperty(name = "cc.webhooks.retry-jitter", defaultValue = "0.1") double jitter,
                             @ConfigProperty(name = "cc.webhooks.batch", defaultValue = "20") int batchSize) {
        this.em = em;
        this.json = json;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = transactions;
        this.guard = guard;
        this.directory = directory;
        this.notices = notices;
        this.health = new EndpointHealth(disableMinFailures, disableAfter);
        this.zone = java.time.ZoneId.of(zone);
        this.timeout = timeout;
        this.retries = new RetryPolicy(schedule.orElse(RetryPolicy.STANDARD_SCHEDULE), jitter,
                java.util.concurrent.ThreadLocalRandom.current()::nextDouble);
        // the batch's posts run inside the transaction that holds the rows' locks: give it time for all of them
        this.pump = new DeliveryPump("webhook-delivery", batchSize,
                (int) Math.max(60, batchSize * (timeout.toSeconds() + 5)), this::sendBatch);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Records the event's deliveries; returns how many were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(EventFacts event) {
        List<WebhookSubscription> subscriptions = WebhookSubscription.list("active = true");
        Instant now = clock.instant();
        Set<String> lineage = lineage(event.unitCode());
        int created = 0;
        for (WebhookSubscription s : subscriptions) {
            if (!s.filter().accepts(event.eventType(), lineage)) {
                continue;
            }
            created += em.createNativeQuery("""
                            insert into webhook_delivery (id, subscription_id, source_event_id, event_type, unit_code,
                                payload, status, attempts, next_attempt_at, created_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, cast(?7 as timestamptz),
                                cast(?7 as timestamptz))
                            on conflict (subscription_id, source_event_id) do nothing""")
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, s.id)
                    .setParameter(3, event.eventId())
                    .setParameter(4, event.eventType())
                    .setParameter(5, event.unitCode())
                    .setParameter(6, body(event, now))
                    .setParameter(7, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .executeUpdate();
        }
        if (created > 0) {
            pump.afterCommit(transactions);
        }
        return created;
    }

    /** The unit and every unit above it in the directory (empty for none). */
    private Set<String> lineage(String unitCode) {
        Set<String> lineage = new LinkedHashSet<>();
        String code = unitCode;
        while (code != null && lineage.add(code) && lineage.size() < 32) {
            code = directory.find(code).map(UnitUpserted::parentCode).orElse(null);
        }
        return lineage;
    }

    private String body(EventFacts event, Instant now) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.eventType());
        body.put("eventId", event.eventId());
        body.put("timestamp", OffsetDateTime.ofInstant(now, ZoneOffset.UTC).toString());
        body.put("data", event.payload());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public void wakeUp() {
        pump.wakeUp();
    }

    /** Runs a delivery pass once the current transaction has committed (after a replay). */
    public void sendAfterCommit() {
        pump.afterCommit(transactions);
    }

    @Scheduled(identity = "webhook-sweep", every = "${cc.webhooks.sweep:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Posts every delivery that is due now; returns how many were delivered. Safe to call concurrently. */
    public int sendDue() {
        return pump.drain();
    }

    /** One batch, inside its transaction: locks at most {@code limit} due deliveries and posts them. */
    @SuppressWarnings("unchecked")
    private Batch sendBatch(int limit) {
        Instant now = clock.instant();
        List<UUID> ids = em.createNativeQuery("""
                        select id from webhook_delivery
                        where status = 'PENDING' and next_attempt_at <= ?1
                        order by next_attempt_at, id
                        limit ?2
                        for update skip locked""", UUID.class)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter(2, limit)
                .getResultList();
        int delivered = 0;
        Set<UUID> disabled = new java.util.HashSet<>();
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
            if (post(d, s, now, disabled)) {
                delivered++;
            }
        }
        return new Batch(ids.size(), delivered);
    }

    /** One attempt; returns true when delivered. */
    private boolean post(WebhookDelivery d, WebhookSubscription s, Instant now, Set<UUID> disabled) {
        d.attempts++;
        long timestamp = now.getEpochSecond();
        Integer status = null;
        String retryAfter = null;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(s.url)).timeout(timeout)
                    .header("content-type", "application/json")
                    .header("webhook-id", d.id.toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.header(s.signingSecrets(now), d.id.toString(),
                            timestamp, d.payload))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            retryAfter = response.headers().firstValue("retry-after").orElse(null);
        } catch (IOException e) {
            error = e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = e.toString();
        }
        d.lastStatus = status;
        d.lastError = error == null ? (status != null && status >= 300 ? "HTTP " + status : null)
                : truncate(error);
        switch (RetryPolicy.outcome(status)) {
            case DELIVERED -> {
                d.status = WebhookDelivery.Status.DELIVERED;
                d.deliveredAt = now;
                d.nextAttemptAt = null;
                log(d, now, status, WebhookAttempt.Outcome.DELIVERED);
                QuarkusTransaction.requiringNew().run(() -> healthy(s.id));
                outbox.publish(EventCatalog.NOTIFICATION_SENT, s.id.toString(), new NotificationSent(d.id.toString(),
                        s.id.toString(), NotificationChannel.WEBHOOK, d.unitCode, d.sourceEventId, d.eventType,
                        s.name, d.payload, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
                return true;
            }
            case GONE -> {
                d.status = WebhookDelivery.Status.ABANDONED;
                d.nextAttemptAt = null;
                log(d, now, status, WebhookAttempt.Outcome.GONE);
                s.active = false;
                s.disabledReason = "the receiver answered 410 Gone at " + now;
                LOG.warnf("webhook subscription %s disabled: %s answered 410", s.id, s.url);
                em.flush();
                em.createNativeQuery("update webhook_subscription set disabled_at = ?2 where id = ?1")
                        .setParameter(1, s.id).setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                        .executeUpdate();
                notices.disabled(s, "接收方返回 410 Gone，表示该地址已注销", now);
            }
            case FAIL -> {
                d.status = WebhookDelivery.Status.FAILED;
                d.nextAttemptAt = null;
                log(d, now, status, WebhookAttempt.Outcome.FAILED);
                if (QuarkusTransaction.requiringNew().call(() -> failing(s.id, now))) {
                    disabled.add(s.id);
                }
            }
            case RETRY -> {
                Optional<Duration> pause = retries.pause(d.attempts, RetryPolicy.retryAfter(retryAfter, now));
                if (pause.isEmpty()) {
                    d.status = WebhookDelivery.Status.FAILED;
                    d.nextAttemptAt = null;
                    log(d, now, status, WebhookAttempt.Outcome.FAILED);
                } else {
                    d.nextAttemptAt = now.plus(pause.get());
                    log(d, now, status, WebhookAttempt.Outcome.RETRY);
                }
                if (QuarkusTransaction.requiringNew().call(() -> failing(s.id, now))) {
                    disabled.add(s.id);
                }
            }
        }
        return false;
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

    /*
     * Endpoint health is counted in SQL, each time in a short transaction of its own: concurrent passes add up, the
     * subscription row is locked only for a moment (never while a batch posts, so passes do not wait on each other or
     * deadlock), and no entity version changes under a batch.
     */

    /** A delivered attempt: the endpoint is healthy again. */
    private void healthy(UUID subscription) {
        em.createNativeQuery("""
                        update webhook_subscription set consecutive_failures = 0, failing_since = null
                        where id = ?1 and (consecutive_failures <> 0 or failing_since is not null)""")
                .setParameter(1, subscription).executeUpdate();
    }

    /**
     * A failed attempt: counted, and the subscription disabled with a notice to the office when
     * {@link EndpointHealth} says so; returns true when this attempt disabled it.
     */
    private boolean failing(UUID subscription, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        em.createNativeQuery("""
                        update webhook_subscription set consecutive_failures = consecutive_failures + 1,
                            failing_since = coalesce(failing_since, cast(?2 as timestamptz))
                        where id = ?1""")
                .setParameter(1, subscription).setParameter(2, at).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(
                        "select consecutive_failures, failing_since, active from webhook_subscription where id = ?1")
                .setParameter(1, subscription).getSingleResult();
        int failures = ((Number) row[0]).intValue();
        Instant since = SqlTimes.instant(row[1]);
        if (!Boolean.TRUE.equals(row[2]) || !health.shouldDisable(failures, since, now)) {
            return false;
        }
        String reason = "every attempt failed since " + since + " (" + failures + " in a row)";
        em.createNativeQuery("""
                        update webhook_subscription set active = false, disabled_reason = ?2,
                            disabled_at = cast(?3 as timestamptz), version = version + 1,
                            updated_at = cast(?3 as timestamptz)
                        where id = ?1""")
                .setParameter(1, subscription).setParameter(2, reason).setParameter(3, at).executeUpdate();
        WebhookSubscription s = em.find(WebhookSubscription.class, subscription);
        LOG.warnf("webhook subscription %s disabled: %s", subscription, reason);
        notices.disabled(s, "自 " + zoned(since) + " 起推送全部失败（连续 " + failures + " 次）", now);
        return true;
    }


    private String zoned(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("M月d日 HH:mm").format(instant.atZone(zone));
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    @PreDestroy
    void stop() {
        pump.close();
    }
}
