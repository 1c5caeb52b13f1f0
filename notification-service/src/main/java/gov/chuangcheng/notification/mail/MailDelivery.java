package gov.chuangcheng.notification.mail;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.notification.NotificationSent;
import gov.chuangcheng.notification.message.Notification;
import gov.chuangcheng.notification.message.NotificationStatus;
import gov.chuangcheng.platform.delivery.DeliveryPump;
import gov.chuangcheng.platform.delivery.DeliveryPump.Batch;
import gov.chuangcheng.platform.outbox.Outbox;
import io.quarkus.mailer.Mail;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Hands PENDING mail notifications to SMTP, after the transaction that created them has committed — never inside it,
 * so a rolled-back event sends nothing. The state is in the database: a row stays PENDING until SMTP accepted it, so a
 * crash between the commit and the send is caught up by the sweeper ({@code cc.mail.sweep}, every 30 s).
 *
 * <p>Each pass locks due rows {@code for update skip locked} (replicas and threads never send the same row at the same
 * time), sends each mail with its fixed Message-ID, and in the same transaction marks it SENT and writes its
 * {@code cc.notification.sent.v1} to the outbox. A failed send counts an attempt and is retried with
 * {@link MailBackoff}; after {@code cc.mail.max-attempts} the row is FAILED. Should the commit fail after SMTP accepted
 * a mail, the retry carries the same Message-ID, so mail clients show it once.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);
    private static final String FOOTER = "\n\n（本邮件由创城工作平台自动发送，请勿直接回复。）";

    private final EntityManager em;
    private final SmtpSender smtp;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final int maxAttempts;
    private final DeliveryPump pump;

    public MailDelivery(
            EntityManager em,
            SmtpSender smtp,
            Outbox outbox,
            Clock clock,
            TransactionSynchronizationRegistry transactions,
            MailConfig config) {
        this.em = em;
        this.smtp = smtp;
        this.outbox = outbox;
        this.clock = clock;
        this.transactions = transactions;
        this.maxAttempts = config.maxAttempts();
        // the batch's SMTP round trips run inside the transaction that holds the rows' locks
        this.pump =
                new DeliveryPump("mail-delivery", config.batch(), Math.max(60, config.batch() * 30), this::sendBatch);
    }

    /** Sends the pending mail of the current transaction once it has committed (nothing if it rolls back). */
    public void sendAfterCommit() {
        pump.afterCommit(transactions);
    }

    /** Runs a pass on the mail thread soon; wake-ups while a pass is queued are merged into it. */
    public void wakeUp() {
        pump.wakeUp();
    }

    @Scheduled(
            identity = "mail-sweep",
            every = "${cc.mail.sweep}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue();
    }

    /** Sends every mail that is due now; returns how many SMTP accepted. Safe to call concurrently. */
    public int sendDue() {
        return pump.drain();
    }

    /** One batch, inside its transaction: locks at most {@code limit} due mails and sends them. */
    private Batch sendBatch(int limit) {
        Instant now = clock.instant();
        List<UUID> ids = DeliveryPump.claimDue(em, "notification", "channel = 'MAIL'", now, limit);
        int sent = 0;
        for (UUID id : ids) {
            Notification n = em.find(Notification.class, id);
            n.attempts++;
            try {
                smtp.send(Mail.withText(n.recipient, n.title, n.body + FOOTER)
                        .addHeader("Message-ID", MessageIds.of(n.id)));
            } catch (RuntimeException e) {
                n.lastError = truncate(e.toString());
                if (n.attempts >= maxAttempts) {
                    n.status = NotificationStatus.FAILED;
                    n.nextAttemptAt = null;
                    LOG.errorf("mail %s to %s failed %d times, giving up: %s", n.id, n.recipient, n.attempts, e);
                } else {
                    n.nextAttemptAt = now.plus(MailBackoff.after(n.attempts));
                    LOG.warnf(
                            "mail %s to %s failed (attempt %d), retrying at %s: %s",
                            n.id, n.recipient, n.attempts, n.nextAttemptAt, e);
                }
                continue;
            }
            n.status = NotificationStatus.SENT;
            n.sentAt = now;
            n.nextAttemptAt = null;
            n.lastError = null;
            outbox.publish(
                    EventCatalog.NOTIFICATION_SENT,
                    n.recipient,
                    new NotificationSent(
                            n.id.toString(),
                            n.recipient,
                            NotificationChannel.MAIL,
                            n.unitCode,
                            n.sourceEventId,
                            n.sourceEventType,
                            n.title,
                            n.body,
                            OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
            sent++;
        }
        return new Batch(ids.size(), sent);
    }

    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 1000);
    }

    @PreDestroy
    void stop() {
        pump.close();
    }
}
