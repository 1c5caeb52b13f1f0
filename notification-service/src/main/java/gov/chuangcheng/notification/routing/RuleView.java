package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;
import java.util.List;
import java.util.UUID;

/** A routing rule as the API shows it, with Chinese names for people to read. */
public record RuleView(
        UUID id,
        String name,
        String eventType,
        EscalationLevel level,
        String levelName,
        Severity minSeverity,
        String unitCode,
        Audience audience,
        String audienceName,
        List<ContactRole> roles,
        List<String> roleNames,
        List<NotificationChannel> channels,
        List<String> channelNames,
        boolean enabled,
        long version) {

    static RuleView of(NotificationRule r) {
        List<ContactRole> roles = r.roleSet().stream().sorted().toList();
        List<NotificationChannel> channels = r.channelSet().stream().sorted().toList();
        return new RuleView(
                r.id,
                r.name,
                r.eventType,
                r.level,
                r.level == null ? null : r.level.displayName(),
                r.minSeverity,
                r.unitCode,
                r.audience,
                r.audience.displayName(),
                roles,
                roles.stream().map(ContactRole::displayName).toList(),
                channels,
                channels.stream().map(NotificationChannel::displayName).toList(),
                r.enabled,
                r.version);
    }
}
