package gov.chuangcheng.notification.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Hands one mail to SMTP and waits for the relay's answer, for the delivery thread that holds the mail's row locked.
 *
 * <p>Every exchange with the SMTP client starts on one Vert.x event-loop context, never on the calling thread: the
 * client keeps the handler for the relay's next reply in a plain field, and a command written from another thread
 * sometimes left that field unseen by the event loop that read the reply. The reply was dropped, the relay waited for
 * the next command, and after its 30 s timeout the send failed with 421 — a mail held back for minutes.
 */
@ApplicationScoped
public class SmtpSender {

    private final ReactiveMailer mailer;
    private final Context context;
    private final Duration timeout;

    public SmtpSender(ReactiveMailer mailer, Vertx vertx, MailConfig config) {
        this.mailer = mailer;
        this.context = vertx.getOrCreateContext();
        this.timeout = config.sendTimeout();
    }

    /** Sends {@code mail}; throws when the relay refused it or did not answer within {@code cc.mail.send-timeout}. */
    public void send(Mail mail) {
        CompletableFuture<Void> accepted = new CompletableFuture<>();
        context.runOnContext(v ->
                mailer.send(mail).subscribe().with(ok -> accepted.complete(null), accepted::completeExceptionally));
        try {
            accepted.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("SMTP did not accept the mail within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending mail", e);
        }
    }
}
