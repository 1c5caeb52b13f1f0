package gov.chuangcheng.notification.routing;

import gov.chuangcheng.events.EventType;
import gov.chuangcheng.notification.message.NotificationRouter;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import gov.chuangcheng.platform.inbox.KeyOrderedBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the domain events that notify people ({@code cc.rectifications.v1}, channel {@code rectifications};
 * {@code cc.tasks.v1}, channel {@code tasks}) and routes each once (platform inbox). Other types on these topics are
 * skipped; an undecodable event goes to the topic's dead-letter topic. Order events come in bursts (every failed item
 * of every inspector opens one): they are applied in polled batches, in order per order episode (the key) and on
 * {@code cc.inbox.parallelism} workers across episodes ({@link KeyOrderedBatches}).
 */
@ApplicationScoped
public class RoutingConsumer {

    static final String CONSUMER = "notification-routing";

    private final InboundEvents inbound;
    private final KeyOrderedBatches batches;
    private final EventHandlers handlers;

    public RoutingConsumer(InboundEvents inbound, KeyOrderedBatches batches, NotificationRouter router) {
        this.inbound = inbound;
        this.batches = batches;
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
    public void onRectifications(ConsumerRecords<String, String> records) {
        batches.dispatch(CONSUMER, records, handlers);
    }

    @Incoming("tasks")
    @Blocking
    public void onTask(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }
}
