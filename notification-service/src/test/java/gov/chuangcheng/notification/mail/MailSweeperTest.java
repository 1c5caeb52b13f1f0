package gov.chuangcheng.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.notification.Fixtures;
import gov.chuangcheng.notification.message.Notification;
import gov.chuangcheng.notification.message.NotificationStatus;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.AdjustableClock;
import gov.chuangcheng.platform.testing.KafkaEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A mail whose transaction committed but that was never handed to SMTP (the process died in between) stays PENDING;
 * the sweeper sends it once it is due, with the Message-ID of its notification.
 */
@QuarkusTest
class MailSweeperTest {

    @Inject
    MailDelivery mail;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    AdjustableClock clock;

    @BeforeEach
    void installClock() {
        clock = new AdjustableClock(Instant.now());
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void aPendingMailLeftBehindIsSentWhenDueAndOnlyOnce() {
        String to = Fixtures.address("pending");
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            Notification n = new Notification();
            n.id = id;
            n.sourceEventId = eventId;
            n.sourceEventType = "cc.rectification.opened.v1";
            n.recipient = to;
            n.channel = NotificationChannel.MAIL;
            n.unitCode = "CGJ";
            n.title = "【整改通知】遗留邮件";
            n.body = "【整改通知】您单位负责的点位「测试」未达标。";
            n.status = NotificationStatus.PENDING;
            n.attempts = 1; // one attempt failed before the crash: the retry is due in a minute
            n.createdAt = clock.instant();
            n.nextAttemptAt = clock.instant().plus(MailBackoff.after(1));
            n.persist();
        });

        mail.sendDue();
        assertEquals(NotificationStatus.PENDING, status(id));
        assertEquals(0, Fixtures.mailbox(to, json).size());

        clock.advance(Duration.ofMinutes(1));
        try (KafkaEvents sent = new KafkaEvents(topics.of(Topic.NOTIFICATIONS))) {
            mail.sendDue();
            assertEquals(NotificationStatus.SENT, status(id));
            mail.sendDue();
            assertEquals(1, Fixtures.mailbox(to, json).size());
            Fixtures.ReceivedMail received = Fixtures.mailbox(to, json).get(0);
            assertEquals("【整改通知】遗留邮件", received.subject());
            assertEquals(MessageIds.of(id), received.messageId());
            assertEquals(2, (int)
                    QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(id).attempts));
            sent.await(r -> r.key().equals(to) && r.value().contains(id.toString()), 1, Duration.ofSeconds(30));
        }
    }

    private static NotificationStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(id).status);
    }
}
