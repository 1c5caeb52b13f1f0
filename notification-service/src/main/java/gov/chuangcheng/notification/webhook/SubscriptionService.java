package gov.chuangcheng.notification.webhook;

import gov.chuangcheng.notification.routing.RoutedEvents;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Webhook subscriptions and their delivery log. Every method takes the {@link Caller}: the office reaches every
 * subscription, an integration client only its own — the owner is part of the query, so another client's subscription
 * answers 404 as if it did not exist.
 */
@ApplicationScoped
public class SubscriptionService {

    private static final Duration MAX_OVERLAP = Duration.ofDays(7);

    private final Clock clock;
    private final WebhookGuard guard;
    private final UnitDirectory directory;
    private final Duration defaultOverlap;

    public SubscriptionService(Clock clock, WebhookGuard guard, UnitDirectory directory, WebhookConfig config) {
        this.clock = clock;
        this.guard = guard;
        this.directory = directory;
        this.defaultOverlap = config.secretOverlap();
    }

    public Instant now() {
        return clock.instant();
    }

    @Transactional
    public WebhookSubscription create(Caller caller, SubscriptionRequest request) {
        validate(caller, request);
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.createdAt = clock.instant();
        s.secret = request.secret() == null ? WebhookSignature.newSecret() : request.secret();
        s.owner = request.owner() == null ? caller.id() : request.owner().trim();
        apply(s, request);
        s.persist();
        return s;
    }

    @Transactional
    public WebhookSubscription update(Caller caller, UUID id, String ifMatch, SubscriptionRequest request) {
        WebhookSubscription s = require(caller, id);
        Versions.requireMatch(ifMatch, s.version);
        validate(caller, request);
        if (request.secret() != null) {
            s.secret = request.secret();
        }
        if (request.owner() != null) {
            s.owner = request.owner().trim();
        }
        boolean reEnabled = !s.active && (request.active() == null || request.active());
        apply(s, request);
        var em = WebhookSubscription.getEntityManager();
        em.flush();
        if (reEnabled) {
            // a fresh start: the failures before the disabling no longer count
            em.createNativeQuery("""
                            update webhook_subscription set consecutive_failures = 0, failing_since = null,
                                disabled_at = null
                            where id = ?1""").setParameter(1, s.id).executeUpdate();
            em.refresh(s);
        }
        return s;
    }

    /**
     * Replaces the signing secret; the one before stays valid for the overlap, so that the receiver can switch to the
     * new secret without rejecting a delivery. A rotation during an overlap ends that overlap: at most two secrets
     * sign at a time.
     */
    @Transactional
    public WebhookSubscription rotateSecret(Caller caller, UUID id, String ifMatch, RotateSecretRequest request) {
        WebhookSubscription s = require(caller, id);
        Versions.requireMatch(ifMatch, s.version);
        String secret = request == null ? null : request.secret();
        Duration overlap = request == null || request.overlap() == null ? defaultOverlap : request.overlap();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (secret != null && !WebhookSignature.isValidSecret(secret)) {
            errors.add(new Problem.FieldError("secret", "must be whsec_ followed by base64 of 24 to 64 bytes"));
        } else if (secret != null && secret.equals(s.secret)) {
            errors.add(new Problem.FieldError("secret", "must differ from the current secret"));
        }
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            errors.add(new Problem.FieldError("overlap", "must be between PT0S and P7D"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = clock.instant();
        if (overlap.isZero()) {
            s.previousSecret = null;
            s.previousSecretExpiresAt = null;
        } else {
            s.previousSecret = s.secret;
            s.previousSecretExpiresAt = now.plus(overlap);
        }
        s.secret = secret == null ? WebhookSignature.newSecret() : secret;
        s.updatedAt = now;
        WebhookSubscription.getEntityManager().flush();
        return s;
    }

    @Transactional
    public void delete(Caller caller, UUID id, String ifMatch) {
        WebhookSubscription s = require(caller, id);
        Versions.requireMatch(ifMatch, s.version);
        WebhookDelivery.delete("subscriptionId", id);
        s.delete();
    }

    /** The subscription if the caller may manage it; 404 otherwise. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription require(Caller caller, UUID id) {
        return WebhookSubscription.<WebhookSubscription>findByIdOptional(id)
                .filter(s -> caller.mayManage(s.owner))
                .orElseThrow(() -> ProblemException.notFound("webhook subscription", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookSubscription> list(Caller caller, PageRequest paging) {
        if (caller.office()) {
            return Page.of(WebhookSubscription.<WebhookSubscription>find("order by createdAt, id"), paging, s -> s);
        }
        return Page.of(
                WebhookSubscription.<WebhookSubscription>find(
                        "owner = :owner order by createdAt, id", Parameters.with("owner", caller.id())),
                paging,
                s -> s);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDelivery> deliveries(Caller caller, UUID id, PageRequest paging) {
        require(caller, id);
        return Page.of(
                WebhookDelivery.<WebhookDelivery>find(
                        "subscriptionId = :id order by createdAt desc, id", Parameters.with("id", id)),
                paging,
                d -> d);
    }

    private void validate(Caller caller, SubscriptionRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        guard.refusal(request.url().trim()).ifPresent(why -> errors.add(new Problem.FieldError("url", why)));
        if (request.eventTypes() != null) {
            request.eventTypes().stream()
                    .filter(t -> !RoutedEvents.isRouted(t))
                    .findFirst()
                    .ifPresent(
                            t -> errors.add(new Problem.FieldError("eventTypes", t + " is not a routed event type")));
        }
        if (request.unitCodes() != null) {
            request.unitCodes().stream()
                    .filter(code ->
                            code.isBlank() || directory.find(code.trim()).isEmpty())
                    .findFirst()
                    .ifPresent(code -> errors.add(
                            new Problem.FieldError("unitCodes", "'" + code + "' is not a unit of the directory")));
        }
        if (request.secret() != null && !WebhookSignature.isValidSecret(request.secret())) {
            errors.add(new Problem.FieldError("secret", "must be whsec_ followed by base64 of 24 to 64 bytes"));
        }
        if (request.owner() != null) {
            if (request.owner().isBlank()) {
                errors.add(new Problem.FieldError("owner", "must not be blank"));
            } else if (!caller.office() && !request.owner().trim().equals(caller.id())) {
                errors.add(new Problem.FieldError("owner", "only the office assigns a subscription to another client"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private void apply(WebhookSubscription s, SubscriptionRequest request) {
        s.name = request.name().trim();
        s.url = request.url().trim();
        s.eventTypes = request.eventTypes() == null
                ? ""
                : String.join(
                        ",", request.eventTypes().stream().distinct().sorted().toList());
        s.unitCodes = SubscriptionFilter.join(request.unitCodes());
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
