package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.directory.UnitContact;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.notification.NotificationChannel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routing decision, free of I/O: which rules an event matches, and which (recipient, channel) pairs they reach
 * through the directory. A person reached by several rules, or through several units, gets one message per channel.
 * Contacts without a username get no INBOX message, contacts without an e-mail address no MAIL; WEBHOOK is not a
 * per-person channel and is left to webhook subscriptions.
 */
public final class Routing {

    /** The part of the unit directory routing reads. */
    public interface Directory {
        Optional<UnitUpserted> unit(String code);

        /** Active units of one kind. */
        List<UnitUpserted> unitsOfKind(UnitKind kind);

        /** Every active unit. */
        List<UnitUpserted> activeUnits();
    }

    private Routing() {}

    public static List<RoutingRule> matching(Collection<RoutingRule> rules, EventFacts event) {
        return rules.stream().filter(r -> r.matches(event)).toList();
    }

    public static List<Delivery> deliveries(Collection<RoutingRule> rules, EventFacts event, Directory directory) {
        Map<String, Delivery> byKey = new LinkedHashMap<>();
        for (RoutingRule rule : matching(rules, event)) {
            for (UnitUpserted unit : units(rule.audience(), event, directory)) {
                for (UnitContact contact : unit.contacts() == null ? List.<UnitContact>of() : unit.contacts()) {
                    if (!rule.reaches(contact.role())) {
                        continue;
                    }
                    for (NotificationChannel channel : NotificationChannel.values()) {
                        if (!rule.channels().contains(channel)) {
                            continue;
                        }
                        String recipient = address(contact, channel);
                        if (recipient != null) {
                            byKey.putIfAbsent(
                                    channel + " " + recipient,
                                    new Delivery(
                                            recipient,
                                            channel,
                                            contact.name(),
                                            contact.role(),
                                            unit.code(),
                                            unit.name()));
                        }
                    }
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    private static List<UnitUpserted> units(Audience audience, EventFacts event, Directory directory) {
        return switch (audience) {
            case RESPONSIBLE_UNIT ->
                event.unitCode() == null
                        ? List.of()
                        : directory.unit(event.unitCode()).stream().toList();
            case ALL_UNITS -> directory.activeUnits();
            case CO_UNITS ->
                event.coUnitCodes().stream()
                        .filter(c -> !c.equals(event.unitCode()))
                        .map(directory::unit)
                        .flatMap(Optional::stream)
                        .toList();
            default -> new ArrayList<>(directory.unitsOfKind(audience.kind()));
        };
    }

    private static String address(UnitContact contact, NotificationChannel channel) {
        return switch (channel) {
            case INBOX -> blankToNull(contact.username());
            case MAIL -> blankToNull(contact.email());
            case WEBHOOK -> null;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
