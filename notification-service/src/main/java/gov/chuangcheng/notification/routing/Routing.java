package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.directory.UnitContact;
import gov.chuangcheng.events.directory.UnitKind;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.notification.NotificationChannel;
import gov.chuangcheng.events.rectification.Assignee;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The routing decision, free of I/O: which rules an event matches, and which (recipient, channel) pairs they reach
 * through the directory. A person reached by several rules, or through several units, gets one message per channel.
 * Contacts without a username get no INBOX message, contacts without an e-mail address no MAIL; WEBHOOK is not a
 * per-person channel and is left to webhook subscriptions.
 *
 * <p>An order dispatched inside its unit (派遣, {@link EventFacts#assignee()}) is copied to its assignee wherever a rule
 * reaches the responsible unit: the sub-unit's contacts of the rule's roles and channels, and the named handler
 * (经办人) by inbox when the rule sends to the inbox — the handler has a username and no other address. The
 * {@link Audience#ASSIGNEE} audience reaches the same people alone. The handler who is also a contact reached by the
 * rule gets the one message of that contact.
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
                contacts(rule, unit, false, byKey);
            }
            Assignee assignee = event.assignee();
            if (assignee != null
                    && (rule.audience() == Audience.RESPONSIBLE_UNIT || rule.audience() == Audience.ASSIGNEE)) {
                assigneeOf(rule, event, assignee, directory, byKey);
            }
        }
        return List.copyOf(byKey.values());
    }

    /** The contacts of {@code unit} the rule reaches, by each of its channels they have an address for. */
    private static void contacts(RoutingRule rule, UnitUpserted unit, boolean assigned, Map<String, Delivery> byKey) {
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
                                    unit.name(),
                                    assigned));
                }
            }
        }
    }

    /** The sub-unit's contacts and the named handler's inbox. */
    private static void assigneeOf(
            RoutingRule rule, EventFacts event, Assignee assignee, Directory directory, Map<String, Delivery> byKey) {
        Optional<UnitUpserted> subUnit = blankToNull(assignee.unitCode()) == null
                ? Optional.empty()
                : directory.unit(assignee.unitCode().trim());
        subUnit.ifPresent(u -> contacts(rule, u, true, byKey));
        String handler = blankToNull(assignee.username());
        if (handler == null || !rule.channels().contains(NotificationChannel.INBOX)) {
            return;
        }
        // the handler belongs to the sub-unit when there is one, else to the responsible unit itself
        boolean inSubUnit = blankToNull(assignee.unitCode()) != null;
        String unitCode = inSubUnit ? assignee.unitCode().trim() : event.unitCode();
        String unitName = subUnit.map(UnitUpserted::name).orElse(inSubUnit ? assignee.unitName() : event.unitName());
        Optional<UnitContact> known = Stream.concat(
                        subUnit.stream(),
                        event.unitCode() == null ? Stream.empty() : directory.unit(event.unitCode()).stream())
                .flatMap(u -> u.contacts() == null ? Stream.empty() : u.contacts().stream())
                .filter(c -> handler.equals(blankToNull(c.username())))
                .findFirst();
        byKey.putIfAbsent(
                NotificationChannel.INBOX + " " + handler,
                new Delivery(
                        handler,
                        NotificationChannel.INBOX,
                        known.map(UnitContact::name).orElse(handler),
                        known.map(UnitContact::role).orElse(null),
                        unitCode,
                        unitName,
                        true));
    }

    private static List<UnitUpserted> units(Audience audience, EventFacts event, Directory directory) {
        return switch (audience) {
            case RESPONSIBLE_UNIT -> unit(event.unitCode(), directory);
            case ALL_UNITS -> directory.activeUnits();
            case CO_UNITS ->
                event.coUnitCodes().stream()
                        .filter(c -> !c.equals(event.unitCode()))
                        .map(directory::unit)
                        .flatMap(Optional::stream)
                        .toList();
            case FORMER_UNIT -> unit(event.formerUnitCode(), directory);
            case MAIN_RECIPIENTS ->
                event.mainRecipientUnitCodes().stream()
                        .map(directory::unit)
                        .flatMap(Optional::stream)
                        .toList();
            case ASSIGNEE -> List.of(); // the assignee is reached beside the units (assigneeOf)
            default -> new ArrayList<>(directory.unitsOfKind(audience.kind()));
        };
    }

    private static List<UnitUpserted> unit(String code, Directory directory) {
        return code == null ? List.of() : directory.unit(code).stream().toList();
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
