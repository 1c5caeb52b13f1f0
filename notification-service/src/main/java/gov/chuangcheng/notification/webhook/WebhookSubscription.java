package gov.chuangcheng.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Another system's subscription to the routed events, delivered as signed webhooks. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;
    public String url;
    /** {@code whsec_<base64>}; shown only once, in the answer to the create request. */
    public String secret;
    /** The secret before the last rotation, still signing until {@link #previousSecretExpiresAt}. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public Instant previousSecretExpiresAt;
    /** Comma-separated event types; empty = every routed type. */
    @Column(name = "event_types")
    public String eventTypes;
    /** Client id (integration) or username (office) of whoever owns it; null = only the office manages it. */
    public String owner;
    /** Comma-separated unit codes; empty = events of every unit. */
    @Column(name = "unit_codes")
    public String unitCodes = "";

    public boolean active = true;

    @Column(name = "disabled_reason")
    public String disabledReason;
    /** Health, written only by SQL of {@link EndpointHealthRecorder} and the service (never by an entity flush). */
    @Column(name = "consecutive_failures", insertable = false, updatable = false)
    public int consecutiveFailures;

    @Column(name = "failing_since", insertable = false, updatable = false)
    public Instant failingSince;

    @Column(name = "disabled_at", insertable = false, updatable = false)
    public Instant disabledAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The secrets a delivery is signed with at {@code now}: the current one, then the previous one during the overlap. */
    public List<String> signingSecrets(Instant now) {
        return previousSecretActive(now) ? List.of(secret, previousSecret) : List.of(secret);
    }

    public boolean previousSecretActive(Instant now) {
        return previousSecret != null && previousSecretExpiresAt != null && now.isBefore(previousSecretExpiresAt);
    }

    public List<String> eventTypeList() {
        return SubscriptionFilter.parse(eventTypes);
    }

    public List<String> unitCodeList() {
        return SubscriptionFilter.parse(unitCodes);
    }

    public SubscriptionFilter filter() {
        return new SubscriptionFilter(eventTypeList(), unitCodeList());
    }
}
