package gov.chuangcheng.task.atrisk;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.EventEnvelope;
import gov.chuangcheng.events.EventType;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.rectification.OrderEvent;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps {@code dash_order} from {@code cc.rectifications.v1}, each event applied once through the inbox: every order
 * event carries the order after it ({@link OrderRef}), so any of them updates the row; {@code
 * cc.rectification.closed.v1} closes it for good. Events of one order share a partition (their key is the point ×
 * standard episode), so they arrive in order; the event time guards against a redelivery of an older one.
 */
@ApplicationScoped
public class OpenOrders {

    static final String CONSUMER = "at-risk-orders";

    private final EntityManager em;
    private final InboundEvents inbound;
    private final Clock clock;
    private final EventHandlers handlers;

    public OpenOrders(EntityManager em, InboundEvents inbound, Clock clock) {
        this.em = em;
        this.inbound = inbound;
        this.clock = clock;
        EventHandlers.Builder builder = EventHandlers.builder();
        for (EventType<?> type : EventCatalog.onTopic(Topic.RECTIFICATIONS)) {
            if (OrderEvent.class.isAssignableFrom(type.payloadType())) {
                register(builder, type);
            }
        }
        this.handlers = builder.build();
    }

    private <P extends Record> void register(EventHandlers.Builder builder, EventType<P> type) {
        builder.on(type, (envelope, event) -> apply(envelope, (OrderEvent) event));
    }

    @Incoming("rectifications")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }

    void apply(EventEnvelope envelope, OrderEvent event) {
        OrderRef o = event.order();
        if (o == null || o.id() == null || envelope.time() == null) {
            return;
        }
        boolean closed = event instanceof RectificationClosed;
        em.createNativeQuery("""
                        insert into dash_order (order_id, number, point_id, point_code, point_name, standard_code,
                                                standard_name, unit_code, unit_name, deadline, level, open,
                                                event_time, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                        on conflict (order_id) do update
                        set number = excluded.number, point_id = excluded.point_id,
                            point_code = excluded.point_code, point_name = excluded.point_name,
                            standard_code = excluded.standard_code, standard_name = excluded.standard_name,
                            unit_code = excluded.unit_code, unit_name = excluded.unit_name,
                            deadline = excluded.deadline, level = excluded.level,
                            open = dash_order.open and excluded.open,
                            event_time = excluded.event_time, updated_at = excluded.updated_at
                        where excluded.event_time >= dash_order.event_time""")
                .setParameter(1, o.id())
                .setParameter(2, o.number() == null ? "" : o.number())
                .setParameter(3, o.pointId())
                .setParameter(4, o.pointCode())
                .setParameter(5, o.pointName())
                .setParameter(6, o.standardCode())
                .setParameter(7, o.standardName())
                .setParameter(8, o.unitCode())
                .setParameter(9, o.unitName())
                .setParameter(10, o.deadline() == null ? null : o.deadline().toInstant())
                .setParameter(11, o.level() == null ? null : o.level().name())
                .setParameter(12, !closed)
                .setParameter(13, envelope.time().toInstant())
                .setParameter(14, clock.instant())
                .executeUpdate();
    }
}
