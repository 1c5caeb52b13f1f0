package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Schedules re-inspections from {@code cc.rectifications.v1} (channel {@code rectifications}); only
 * {@code cc.rectification.verification-requested.v1} matters here, the other types are skipped.
 */
@ApplicationScoped
public class RectificationConsumer {

    static final String CONSUMER = "reinspection-tasks";

    private final InboundEvents inbound;
    private final EventHandlers handlers;

    public RectificationConsumer(InboundEvents inbound, ReinspectionTasks tasks) {
        this.inbound = inbound;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.VERIFICATION_REQUESTED, (envelope, event) -> tasks.requested(event))
                .build();
    }

    @Incoming("rectifications")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }
}
