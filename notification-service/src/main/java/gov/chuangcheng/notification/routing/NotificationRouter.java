package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.notification.NotificationSent;
import gov.chuangcheng.notification.mail.MailDelivery;
import gov.chuangcheng.notification.message.NotificationStatus;
import gov.chuangcheng.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Turns one domain event into its notifications, inside the transaction that records the event in the inbox:
 * the rules pick the recipients and channels, each (recipient, channel) gets one row — inserted with
 * {@code on conflict do nothing} on the unique (source event, recipient, channel), so a redelivery or a restart adds
 * nothing. An INBOX message is delivered by being created: its {@code cc.notification.sent.v1} goes into the outbox in
 * the same transaction. A MAIL message is PENDING; {@link MailDelivery} sends it once this transaction has committed.
 *
 * <p>Messages are for people only: systems subscribed to an event get it as a webhook, which the consumer enqueues
 * beside these messages (webhook {@code WebhookFanOut}), whatever the rules say about people.
 */
@ApplicationScoped
public class NotificationRouter {

    private final RuleService rules;
    private final DirectoryAudience directory;
    private final Outbox outbox;
    private final MailDelivery mail;
    private final EntityManager em;
    private final Clock clock;
    private final MessageRenderer renderer;

    public NotificationRouter(
            RuleService rules,
            DirectoryAudience directory,
            Outbox outbox,
            MailDelivery mail,
            EntityManager em,
            Clock clock,
            ZoneId zone) {
        this.rules = rules;
        this.directory = directory;
        this.outbox = outbox;
        this.mail = mail;
        this.em = em;
        this.clock = clock;
        this.renderer = new MessageRenderer(zone);
    }

    /** Creates the event's notifications; returns how many were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int route(EventFacts event) {
        List<Delivery> deliveries = Routing.deliveries(rules.rulesFor(event.eventType()), event, directory);
        Instant now = clock.instant();
        int created = 0;
        boolean mailPending = false;
        for (Delivery delivery : deliveries) {
            RenderedMessage message = renderer.render(
                    event,
                    delivery,
                    code -> directory.unit(code).map(u -> u.name()).orElse(code));
            UUID id = UUID.randomUUID();
            boolean inbox = delivery.channel() == NotificationChannel.INBOX;
            int inserted = em.createNativeQuery("""
                            insert into notification (id, source_event_id, source_event_type, recipient, channel,
                                recipient_name, unit_code, title, body, status, attempts, next_attempt_at, created_at,
                                sent_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0,
                                case when ?10 = 'PENDING' then cast(?11 as timestamptz) end, cast(?11 as timestamptz),
                                case when ?10 = 'SENT' then cast(?11 as timestamptz) end)
                            on conflict (source_event_id, recipient, channel) do nothing""")
                    .setParameter(1, id)
                    .setParameter(2, event.eventId())
                    .setParameter(3, event.eventType())
                    .setParameter(4, delivery.recipient())
                    .setParameter(5, delivery.channel().name())
                    .setParameter(6, delivery.recipientName())
                    .setParameter(7, event.unitCode())
                    .setParameter(8, message.title())
                    .setParameter(9, message.body())
                    .setParameter(10, (inbox ? NotificationStatus.SENT : NotificationStatus.PENDING).name())
                    .setParameter(11, utc(now))
                    .executeUpdate();
            if (inserted == 0) {
                continue;
            }
            created++;
            if (inbox) {
                outbox.publish(
                        EventCatalog.NOTIFICATION_SENT,
                        delivery.recipient(),
                        new NotificationSent(
                                id.toString(),
                                delivery.recipient(),
                                NotificationChannel.INBOX,
                                event.unitCode(),
                                event.eventId(),
                                event.eventType(),
                                message.title(),
                                message.body(),
                                utc(now)));
            } else {
                mailPending = true;
            }
        }
        if (mailPending) {
            mail.sendAfterCommit();
        }
        return created;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
