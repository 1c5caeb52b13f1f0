package gov.chuangcheng.notification.webhook;

import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The delivery log and manual replay. A replay queues a delivery again under the same id — the {@code webhook-id}
 * receivers de-duplicate by — for a new round of the retry schedule; the attempts of earlier rounds stay in the log.
 * Who may manage the subscription (the office, the owning client) may read and replay its deliveries; for anybody
 * else they answer 404.
 */
@ApplicationScoped
public class DeliveryService {

    /** What a bulk replay re-queues: the endpoint's dead letters. */
    private static final String DEAD = "('FAILED', 'ABANDONED')";

    private final EntityManager em;
    private final Clock clock;
    private final SubscriptionService subscriptions;
    private final WebhookDispatcher dispatcher;

    public DeliveryService(
            EntityManager em, Clock clock, SubscriptionService subscriptions, WebhookDispatcher dispatcher) {
        this.em = em;
        this.clock = clock;
        this.subscriptions = subscriptions;
        this.dispatcher = dispatcher;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookDelivery require(Caller caller, UUID id) {
        WebhookDelivery d = WebhookDelivery.<WebhookDelivery>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("webhook delivery", id));
        WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
        if (s == null || !caller.mayManage(s.owner)) {
            throw ProblemException.notFound("webhook delivery", id);
        }
        return d;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookAttempt> attempts(Caller caller, UUID id) {
        require(caller, id);
        return WebhookAttempt.list("deliveryId = ?1 order by id", id);
    }

    /** Queues one delivery again (a failed, abandoned or already delivered one); 409 while it is still pending. */
    @Transactional
    public WebhookDelivery replay(Caller caller, UUID id) {
        WebhookDelivery d = require(caller, id);
        WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
        if (!s.active) {
            throw ProblemException.conflict("the subscription is disabled; enable it before replaying");
        }
        if (d.status == WebhookDelivery.Status.PENDING) {
            throw ProblemException.conflict("the delivery is still queued (next attempt at " + d.nextAttemptAt + ")");
        }
        Instant now = clock.instant();
        d.status = WebhookDelivery.Status.PENDING;
        d.attempts = 0;
        d.nextAttemptAt = now;
        d.replays++;
        d.replayedAt = now;
        d.replayedBy = caller.id();
        dispatcher.sendAfterCommit();
        return d;
    }

    /**
     * Queues again every dead letter (FAILED or ABANDONED delivery) of a subscription, those created since
     * {@code since} when given; returns how many.
     */
    @Transactional
    public int replayDeadLetters(Caller caller, UUID subscriptionId, Instant since) {
        WebhookSubscription s = subscriptions.require(caller, subscriptionId);
        if (!s.active) {
            throw ProblemException.conflict("the subscription is disabled; enable it before replaying");
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        var query = em.createNativeQuery(
                        """
                        update webhook_delivery set status = 'PENDING', attempts = 0,
                            next_attempt_at = cast(?2 as timestamptz), replays = replays + 1,
                            replayed_at = cast(?2 as timestamptz), replayed_by = ?3
                        where subscription_id = ?1 and status in %s%s""".formatted(DEAD, since == null ? "" : " and created_at >= cast(?4 as timestamptz)"))
                .setParameter(1, subscriptionId)
                .setParameter(2, now)
                .setParameter(3, caller.id());
        if (since != null) {
            query.setParameter(4, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        int replayed = query.executeUpdate();
        if (replayed > 0) {
            dispatcher.sendAfterCommit();
        }
        return replayed;
    }
}
