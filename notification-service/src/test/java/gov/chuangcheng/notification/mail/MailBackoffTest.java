package gov.chuangcheng.notification.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MailBackoffTest {

    @Test
    void retriesDoubleUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), MailBackoff.after(1));
        assertEquals(Duration.ofMinutes(2), MailBackoff.after(2));
        assertEquals(Duration.ofMinutes(32), MailBackoff.after(6));
        assertEquals(Duration.ofHours(1), MailBackoff.after(7));
        assertEquals(Duration.ofHours(1), MailBackoff.after(500));
    }

    @Test
    void theMessageIdFollowsFromTheNotificationId() {
        UUID id = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        assertEquals("<3f2504e0-4f89-11d3-9a0c-0305e82c3301@notification.chuangcheng.local>", MessageIds.of(id));
        assertEquals(MessageIds.of(id), MessageIds.of(UUID.fromString(id.toString())));
    }
}
