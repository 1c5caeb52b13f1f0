package gov.chuangcheng.notification.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
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
    /** Comma-separated event types; empty = every routed type. */
    @Column(name = "event_types")
    public String eventTypes;
    public boolean active = true;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Version
    public long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<String> eventTypeList() {
        return eventTypes == null || eventTypes.isBlank() ? List.of()
                : Arrays.stream(eventTypes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public boolean wants(String eventType) {
        List<String> types = eventTypeList();
        return types.isEmpty() || types.contains(eventType);
    }
}
