package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;
import java.util.Set;
import java.util.UUID;

/**
 * A routing rule as the matcher sees it. Conditions that are null match any event.
 *
 * @param roles    contact roles reached in the audience's units; empty = every contact
 * @param channels how the recipients are reached
 */
public record RoutingRule(
        UUID id,
        String eventType,
        EscalationLevel level,
        Severity minSeverity,
        String unitCode,
        Audience audience,
        Set<ContactRole> roles,
        Set<NotificationChannel> channels,
        boolean enabled) {

    public RoutingRule {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }

    public boolean matches(EventFacts event) {
        if (!enabled || !eventType.equals(event.eventType())) {
            return false;
        }
        if (level != null && level != event.level()) {
            return false;
        }
        if (minSeverity != null && (event.severity() == null || event.severity().ordinal() < minSeverity.ordinal())) {
            return false;
        }
        return unitCode == null || unitCode.equals(event.unitCode());
    }

    public boolean reaches(ContactRole role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
