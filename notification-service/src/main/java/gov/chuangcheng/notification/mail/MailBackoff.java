package gov.chuangcheng.notification.mail;

import java.time.Duration;

/** When a mail that could not be handed to SMTP is tried again: 1, 2, 4 … minutes, at most an hour apart. */
public final class MailBackoff {

    private static final Duration FIRST = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofHours(1);

    private MailBackoff() {}

    /** The pause after the {@code attempts}-th failed attempt (1-based). */
    public static Duration after(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 20));
        Duration pause = FIRST.multipliedBy(1L << doublings);
        return pause.compareTo(MAX) > 0 ? MAX : pause;
    }
}
