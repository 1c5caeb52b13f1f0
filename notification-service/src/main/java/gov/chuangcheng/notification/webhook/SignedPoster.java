package gov.chuangcheng.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Posts one delivery to its subscription, signed, and says what came back. Each post carries the Standard Webhooks
 * headers {@code webhook-id} (the delivery id, the same on every retry), {@code webhook-timestamp} and
 * {@code webhook-signature} (every secret the subscription signs with at that moment); redirects are never followed,
 * so a receiver cannot point the post at another host after {@link WebhookGuard} checked the target.
 */
@ApplicationScoped
public class SignedPoster {

    private final Duration timeout;
    private final HttpClient http;

    public SignedPoster(WebhookConfig config) {
        this.timeout = config.timeout();
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public AttemptResult post(WebhookDelivery d, WebhookSubscription s, Instant now) {
        long timestamp = now.getEpochSecond();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(s.url))
                    .timeout(timeout)
                    .header("content-type", "application/json")
                    .header("webhook-id", d.id.toString())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header(
                            "webhook-signature",
                            WebhookSignature.header(s.signingSecrets(now), d.id.toString(), timestamp, d.payload))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return AttemptResult.answered(
                    response.statusCode(),
                    response.headers().firstValue("retry-after").orElse(null));
        } catch (IOException e) {
            return AttemptResult.unanswered(e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.unanswered(e.toString());
        }
    }
}
