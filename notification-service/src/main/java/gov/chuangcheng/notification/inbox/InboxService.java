package gov.chuangcheng.notification.inbox;

import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.notification.message.Notification;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * A person's in-app messages: the INBOX notifications whose recipient is their username. The username is part of
 * every query, so nobody reads or marks another person's message — it answers 404, as if it did not exist.
 */
@ApplicationScoped
public class InboxService {

    private final Clock clock;

    public InboxService(Clock clock) {
        this.clock = clock;
    }

    /** Unread first, then newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Notification> list(String username, boolean unreadOnly, PageRequest paging) {
        String where = "recipient = :user and channel = :channel" + (unreadOnly ? " and readAt is null" : "");
        return Page.of(
                Notification.<Notification>find(
                        where + " order by case when readAt is null then 0 else 1 end, createdAt desc, id",
                        Parameters.with("user", username).and("channel", NotificationChannel.INBOX)),
                paging,
                n -> n);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(String username) {
        return Notification.count(
                "recipient = ?1 and channel = ?2 and readAt is null", username, NotificationChannel.INBOX);
    }

    /** Marks one of the user's messages read; reading it again changes nothing. */
    @Transactional
    public Notification markRead(String username, UUID id) {
        Notification n = Notification.<Notification>find(
                        "id = ?1 and recipient = ?2 and channel = ?3", id, username, NotificationChannel.INBOX)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("message", id));
        if (n.readAt == null) {
            n.readAt = clock.instant();
        }
        return n;
    }
}
