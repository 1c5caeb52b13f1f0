package gov.chuangcheng.notification.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The configured {@link TargetGuard}: {@code cc.webhooks.allowed-hosts} lists hosts exempt from the SSRF checks. */
@ApplicationScoped
public class WebhookGuard {

    private final TargetGuard guard;

    public WebhookGuard(WebhookConfig config) {
        this.guard = new TargetGuard(new HashSet<>(config.allowedHosts().orElse(List.of())), InetAddress::getAllByName);
    }

    public Optional<String> refusal(String url) {
        return guard.refusal(url);
    }
}
