package gov.chuangcheng.platform.inbox;

import gov.chuangcheng.events.EventType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Which event types a consumer handles, and how. Types it does not list are skipped (not dead-lettered). */
public final class EventHandlers {

    private final Map<String, Registration<?>> byType;

    private EventHandlers(Map<String, Registration<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Registration<?>> forType(String typeName) {
        return Optional.ofNullable(byType.get(typeName));
    }

    record Registration<P extends Record>(EventType<P> type, EventHandler<P> handler) {}

    public static final class Builder {
        private final Map<String, Registration<?>> byType = new HashMap<>();

        public <P extends Record> Builder on(EventType<P> type, EventHandler<P> handler) {
            if (byType.put(type.name(), new Registration<>(type, handler)) != null) {
                throw new IllegalArgumentException("two handlers for " + type.name());
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
