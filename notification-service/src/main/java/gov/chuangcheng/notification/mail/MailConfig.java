package gov.chuangcheng.notification.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The mail channel's settings ({@code cc.mail.*}; SMTP itself is {@code quarkus.mailer.*}): their defaults live here
 * and nowhere else.
 */
@ConfigMapping(prefix = "cc.mail")
public interface MailConfig {

    /** Mails one transaction locks and hands to SMTP. */
    @WithDefault("50")
    int batch();

    /** Failed sends (with {@link MailBackoff} between them) after which a mail is FAILED. */
    @WithDefault("8")
    int maxAttempts();

    /**
     * How often the sweeper catches up mail left PENDING (a crash after commit, an SMTP outage); {@code off} disables
     * it.
     */
    @WithDefault("30s")
    String sweep();

    /** How long one mail may take to be accepted by the relay before the attempt counts as failed. */
    @WithDefault("PT60S")
    Duration sendTimeout();
}
