package gov.chuangcheng.notification.webhook;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which events a subscription receives: its event types (empty = every routed type) and its units (empty = every
 * unit). A unit stands for itself and every unit below it, so a subscription of 城关街道 also receives the events of its
 * communities; an event that concerns no unit reaches only subscriptions without a unit filter.
 *
 * @param eventTypes the subscribed event types
 * @param unitCodes  the subscribed units
 */
public record SubscriptionFilter(List<String> eventTypes, List<String> unitCodes) {

    public SubscriptionFilter {
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
        unitCodes = unitCodes == null ? List.of() : List.copyOf(unitCodes);
    }

    /**
     * @param lineage the event's unit and every unit above it (empty when the event concerns no unit)
     */
    public boolean accepts(String eventType, Set<String> lineage) {
        if (!eventTypes.isEmpty() && !eventTypes.contains(eventType)) {
            return false;
        }
        return unitCodes.isEmpty() || unitCodes.stream().anyMatch(lineage::contains);
    }

    static List<String> parse(String csv) {
        return csv == null || csv.isBlank()
                ? List.of()
                : java.util.Arrays.stream(csv.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    static String join(Collection<String> values) {
        return values == null
                ? ""
                : String.join(
                        ",",
                        values.stream().map(String::trim).distinct().sorted().toList());
    }
}
