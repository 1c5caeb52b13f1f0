package gov.chuangcheng.notification.intake;

import gov.chuangcheng.events.EventType;
import gov.chuangcheng.notification.routing.EventFacts;
import gov.chuangcheng.notification.routing.NotificationRouter;
import gov.chuangcheng.notification.routing.RoutedEvents;
import gov.chuangcheng.notification.webhook.WebhookFanOut;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import gov.chuangcheng.platform.inbox.KeyOrderedBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes the domain events that notify people and systems ({@code cc.rectifications.v1}, channel
 * {@code rectifications}; {@code cc.tasks.v1}, channel {@code tasks}; the issued notices on {@code cc.assessment.v1},
 * channel {@code assessment}) and handles each once (platform inbox): routing
 * turns it into messages for people, and, side by side in the same transaction, every webhook subscription that wants
 * it gets a delivery. Other types on these topics are skipped; an undecodable event goes to the topic's dead-letter
 * topic. Order events come in bursts (every failed item of every inspector opens one): they are applied in polled
 * batches, in order per order episode (the key) and on {@code cc.inbox.parallelism} workers across episodes
 * ({@link KeyOrderedBatches}).
 *
 * <p>This package sits above routing and webhooks so that neither needs the other to be told about an event.
 */
@ApplicationScoped
public class DomainEventConsumer {

    /** The inbox's consumer id: unchanged since routing consumed these topics alone, so no event is handled twice. */
    static final String CONSUMER = "notification-routing";

    private final InboundEvents inbound;
    private final KeyOrderedBatches batches;
    private final EventHandlers handlers;

    public DomainEventConsumer(
            InboundEvents inbound, KeyOrderedBatches batches, NotificationRouter router, WebhookFanOut webhooks) {
        this.inbound = inbound;
        this.batches = batches;
        EventHandlers.Builder builder = EventHandlers.builder();
        for (EventType<?> type : RoutedEvents.TYPES) {
            register(builder, type, event -> {
                router.route(event);
                webhooks.enqueue(event);
            });
        }
        this.handlers = builder.build();
    }

    private static <P extends Record> void register(
            EventHandlers.Builder builder, EventType<P> type, Consumer<EventFacts> handle) {
        builder.on(
                type,
                (envelope, payload) -> handle.accept(RoutedEvents.facts(envelope.id(), envelope.type(), payload)));
    }

    @Incoming("rectifications")
    @Blocking
    public void onRectifications(ConsumerRecords<String, String> records) {
        batches.dispatch(CONSUMER, records, handlers);
    }

    /** {@code cc.assessment.v1}: the issued notices; the ledger entries and rankings on it are skipped. */
    @Incoming("assessment")
    @Blocking
    public void onAssessment(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }

    @Incoming("tasks")
    @Blocking
    public void onTask(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }
}
