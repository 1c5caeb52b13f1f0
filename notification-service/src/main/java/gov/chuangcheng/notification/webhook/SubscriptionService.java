package gov.chuangcheng.notification.webhook;

import gov.chuangcheng.notification.routing.RoutedEvents;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Webhook subscriptions and their delivery log. */
@ApplicationScoped
public class SubscriptionService {

    private final Clock clock;
    private final WebhookGuard guard;

    public SubscriptionService(Clock clock, WebhookGuard guard) {
        this.clock = clock;
        this.guard = guard;
    }

    @Transactional
    public WebhookSubscription create(SubscriptionRequest request) {
        validate(request);
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.createdAt = clock.instant();
        s.secret = request.secret() == null ? WebhookSignature.newSecret() : request.secret();
        apply(s, request);
        s.persist();
        return s;
    }

    @Transactional
    public WebhookSubscription update(UUID id, String ifMatch, SubscriptionRequest request) {
        WebhookSubscription s = require(id);
        Versions.requireMatch(ifMatch, s.version);
        validate(request);
        if (request.secret() != null) {
            s.secret = request.secret();
        }
        apply(s, request);
        WebhookSubscription.getEntityManager().flush();
        return s;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        WebhookSubscription s = require(id);
        Versions.requireMatch(ifMatch, s.version);
        WebhookDelivery.delete("subscriptionId", id);
        s.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription require(UUID id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("webhook subscription", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookSubscription> list(PageRequest paging) {
        return Page.of(WebhookSubscription.<WebhookSubscription>find("order by createdAt, id"), paging, s -> s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDelivery> deliveries(UUID id, PageRequest paging) {
        require(id);
        return Page.of(WebhookDelivery.<WebhookDelivery>find("subscriptionId = :id order by createdAt desc, id",
                Parameters.with("id", id)), paging, d -> d);
    }

    private void validate(SubscriptionRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        guard.refusal(request.url()).ifPresent(why -> errors.add(new Problem.FieldError("url", why)));
        if (request.eventTypes() != null) {
            request.eventTypes().stream().filter(t -> !RoutedEvents.isRouted(t)).findFirst().ifPresent(t ->
                    errors.add(new Problem.FieldError("eventTypes", t + " is not a routed event type")));
        }
        if (request.secret() != null && !WebhookSignature.isValidSecret(request.secret())) {
            errors.add(new Problem.FieldError("secret", "must be whsec_ followed by base64 of 24 to 64 bytes"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void apply(WebhookSubscription s, SubscriptionRequest request) {
        s.name = request.name().trim();
        s.url = request.url().trim();
        s.eventTypes = request.eventTypes() == null ? "" : String.join(",", request.eventTypes().stream()
                .distinct().sorted().toList());
        boolean active = request.active() == null || request.active();
        if (active && !s.active) {
            s.disabledReason = null;
        }
        if (!active && s.active) {
            s.disabledReason = "disabled by its owner";
        }
        s.active = active;
        s.updatedAt = clock.instant();
    }
}
