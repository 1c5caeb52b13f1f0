package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.directory.ContactRole;
import gov.chuangcheng.events.notification.NotificationChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Create or replace a routing rule.
 *
 * @param eventType   one of the routed event types (see {@code GET /notification-rules/event-types})
 * @param level       only events whose order is at this escalation level (rectification events only); null = any
 * @param minSeverity only orders at least this severe (rectification events only); null = any
 * @param unitCode    only events concerning this unit; null = any
 * @param roles       contact roles reached; empty or null = every contact of the audience's units
 */
public record RuleRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 200) String eventType,
        EscalationLevel level,
        Severity minSeverity,

        @Pattern(regexp = "[A-Z0-9_-]{2,32}", message = "2–32 upper-case letters, digits, '_' or '-'")
        String unitCode,

        @NotNull Audience audience,
        @Size(max = 3) List<@NotNull ContactRole> roles,
        @NotEmpty @Size(max = 3) List<@NotNull NotificationChannel> channels,
        Boolean enabled) {}
