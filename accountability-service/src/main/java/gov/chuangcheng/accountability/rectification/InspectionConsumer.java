package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens, escalates, closes and sends back rectification orders from {@code cc.inspections.v1} (channel
 * {@code inspections}); each event is applied once (platform inbox), a poison event goes to the dead-letter topic.
 */
@ApplicationScoped
public class InspectionConsumer {

    static final String CONSUMER = "rectification-orders";

    private final InboundEvents inbound;
    private final EventHandlers handlers;

    public InspectionConsumer(InboundEvents inbound, RectificationService orders) {
        this.inbound = inbound;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.ITEM_FAILED, (envelope, e) -> orders.onFailure(RectificationService.failureOf(e)))
                .on(EventCatalog.PROBLEM_REPORTED,
                        (envelope, e) -> orders.onFailure(RectificationService.failureOf(e)))
                .on(EventCatalog.REINSPECTION_PASSED, (envelope, e) -> orders.onReinspectionPassed(e))
                .on(EventCatalog.REINSPECTION_FAILED, (envelope, e) -> orders.onReinspectionFailed(e))
                .build();
    }

    @Incoming("inspections")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }
}
