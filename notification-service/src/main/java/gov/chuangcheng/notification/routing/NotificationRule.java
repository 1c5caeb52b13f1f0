package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A routing rule the office manages (table {@code notification_rule}, defaults seeded by V1). */
@Entity
@Table(name = "notification_rule")
public class NotificationRule extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "event_type")
    public String eventType;

    @Enumerated(EnumType.STRING)
    public EscalationLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "min_severity")
    public Severity minSeverity;

    @Column(name = "unit_code")
    public String unitCode;

    @Enumerated(EnumType.STRING)
    public Audience audience;
    /** Comma-separated {@link ContactRole} names; empty = every contact. */
    public String roles;
    /** Comma-separated {@link NotificationChannel} names. */
    public String channels;

    public boolean enabled = true;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Set<ContactRole> roleSet() {
        return parse(roles, ContactRole.class);
    }

    public Set<NotificationChannel> channelSet() {
        return parse(channels, NotificationChannel.class);
    }

    public RoutingRule toRoutingRule() {
        return new RoutingRule(id, eventType, level, minSeverity, unitCode, audience, roleSet(), channelSet(), enabled);
    }

    static <E extends Enum<E>> String join(Collection<E> values) {
        return values == null
                ? ""
                : values.stream().distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String csv, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (csv != null && !csv.isBlank()) {
            Arrays.stream(csv.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(s -> set.add(Enum.valueOf(type, s)));
        }
        return set;
    }
}
