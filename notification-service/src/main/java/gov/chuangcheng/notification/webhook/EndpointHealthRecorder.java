package gov.chuangcheng.notification.webhook;

import gov.chuangcheng.platform.time.SqlTimes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps each subscription's endpoint health from the attempts to it: a delivered attempt makes it healthy again, a
 * failed one counts, and the subscription is disabled — with a notice to the office ({@link EndpointNotices}) — when
 * {@link EndpointHealth} says so, or at once when the receiver answers 410 Gone.
 *
 * <p>The counts are kept in SQL, each time in a short transaction of its own: concurrent passes add up, the
 * subscription row is locked only for a moment (never while a batch posts, so passes do not wait on each other or
 * deadlock), and no entity version changes under a batch.
 */
@ApplicationScoped
public class EndpointHealthRecorder {

    private static final Logger LOG = Logger.getLogger(EndpointHealthRecorder.class);
    private static final DateTimeFormatter NOTICE_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final EntityManager em;
    private final EndpointNotices notices;
    private final EndpointHealth health;
    private final ZoneId zone;

    public EndpointHealthRecorder(EntityManager em, EndpointNotices notices, WebhookConfig config, ZoneId zone) {
        this.em = em;
        this.notices = notices;
        this.health = new EndpointHealth(config.disableMinFailures(), config.disableAfter());
        this.zone = zone;
    }

    /** A delivered attempt: the endpoint is healthy again. */
    public void delivered(UUID subscription) {
        QuarkusTransaction.requiringNew()
                .run(() ->
                        em.createNativeQuery("""
                        update webhook_subscription set consecutive_failures = 0, failing_since = null
                        where id = ?1 and (consecutive_failures <> 0 or failing_since is not null)""").setParameter(1, subscription).executeUpdate());
    }

    /** A failed attempt, counted; returns true when it disabled the subscription. */
    public boolean failed(UUID subscription, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> failing(subscription, now));
    }

    /**
     * The receiver answered 410 Gone: the subscription is disabled at once, in the transaction of the attempt (the
     * caller's batch), and the office told.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void gone(WebhookSubscription s, Instant now) {
        s.active = false;
        s.disabledReason = "the receiver answered 410 Gone at " + now;
        LOG.warnf("webhook subscription %s disabled: %s answered 410", s.id, s.url);
        em.flush();
        em.createNativeQuery("update webhook_subscription set disabled_at = ?2 where id = ?1")
                .setParameter(1, s.id)
                .setParameter(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        notices.disabled(s, "接收方返回 410 Gone，表示该地址已注销", now);
    }

    private boolean failing(UUID subscription, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        em.createNativeQuery("""
                        update webhook_subscription set consecutive_failures = consecutive_failures + 1,
                            failing_since = coalesce(failing_since, cast(?2 as timestamptz))
                        where id = ?1""")
                .setParameter(1, subscription)
                .setParameter(2, at)
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(
                        "select consecutive_failures, failing_since, active from webhook_subscription where id = ?1")
                .setParameter(1, subscription)
                .getSingleResult();
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
                .setParameter(1, subscription)
                .setParameter(2, reason)
                .setParameter(3, at)
                .executeUpdate();
        WebhookSubscription s = em.find(WebhookSubscription.class, subscription);
        LOG.warnf("webhook subscription %s disabled: %s", subscription, reason);
        notices.disabled(s, "自 " + NOTICE_TIME.format(since.atZone(zone)) + " 起推送全部失败（连续 " + failures + " 次）", now);
        return true;
    }
}
