package gov.chuangcheng.notification.webhook;

import gov.chuangcheng.notification.routing.EndpointDisabled;
import gov.chuangcheng.notification.routing.EventFacts;
import gov.chuangcheng.notification.routing.NotificationRouter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Tells the office that a subscription was disabled automatically, through the routing rules (and so the inbox and
 * mail machinery) like any event: one message per recipient and channel for each time it is disabled.
 */
@ApplicationScoped
public class EndpointNotices {

    private final NotificationRouter router;

    public EndpointNotices(NotificationRouter router) {
        this.router = router;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void disabled(WebhookSubscription s, String reason, Instant at) {
        EndpointDisabled notice = new EndpointDisabled(
                s.id.toString(), s.name, s.url, s.owner, reason, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        router.route(new EventFacts(
                "webhook-disabled:" + s.id + ":" + at.toEpochMilli(),
                EndpointDisabled.TYPE,
                null,
                null,
                null,
                null,
                notice));
    }
}
