package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.platform.calendar.WrittenDates;
import gov.chuangcheng.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * Publishes an order's events through the outbox, in the caller's transaction, keyed by its episode, with the order
 * and every time as the district reads them.
 */
@ApplicationScoped
public class OrderEvents {

    private final Outbox outbox;
    private final ZoneId zone;

    public OrderEvents(Outbox outbox, ZoneId zone) {
        this.outbox = outbox;
        this.zone = zone;
    }

    /** Publishes the payload {@code payload} makes of the order's current {@link OrderRef}. */
    public <P extends Record> void publish(EventType<P> type, RectificationOrder order, Function<OrderRef, P> payload) {
        outbox.publish(type, order.episodeKey(), payload.apply(ref(order)));
    }

    /** The order as its events carry it. */
    public OrderRef ref(RectificationOrder order) {
        return order.ref(zone);
    }

    /** {@code instant} as people write it in sentences (12月3日 17:30); empty for none. */
    public String written(Instant instant) {
        return WrittenDates.of(instant, zone);
    }

    /** {@code instant} with the district's offset, as events carry times. */
    public OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
    }
}
