package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EventType;
import gov.chuangcheng.notification.message.NotificationRouter;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the domain events that notify people ({@code cc.rectifications.v1}, channel {@code rectifications};
 * {@code cc.tasks.v1}, channel {@code tasks}) and routes each once (platform inbox). Other types on these topics are
 * skipped; an undecodable event goes to the topic's dead-letter topic.
 */
@ApplicationScoped
public class RoutingConsumer {

    static final String CONSUMER = "notification-routing";

    private final InboundEvents inbound;
    private final EventHandlers handlers;

    public RoutingConsumer(InboundEvents inbound, NotificationRouter router) {
        this.inbound = inbound;
        EventHandlers.Builder builder = EventHandlers.builder();
        for (EventType<?> type : RoutedEvents.TYPES) {
            register(builder, type, router);
        }
        this.handlers = builder.build();
    }

    private static <P extends Record> void register(EventHandlers.Builder builder, EventType<P> type,
                                                    NotificationRouter router) {
        builder.on(type, (envelope, payload) ->
                router.route(RoutedEvents.facts(envelope.id(), envelope.type(), payload)));
    }

    @Incoming("rectifications")
    @Blocking
    public void onRectification(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }

    @Incoming("tasks")
    @Blocking
    public void onTask(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }
}
