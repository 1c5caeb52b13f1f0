package gov.chuangcheng.inspection.catalogue;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps {@link StandardCatalogue} current from {@code cc.evaluation.v1} (channel {@code evaluation}). */
@ApplicationScoped
public class StandardsConsumer {

    static final String CONSUMER = "standards-read-model";

    private final InboundEvents inbound;
    private final EventHandlers handlers;

    public StandardsConsumer(InboundEvents inbound, StandardCatalogue catalogue) {
        this.inbound = inbound;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.STANDARD_UPSERTED, (envelope, standard) -> catalogue.apply(standard))
                .build();
    }

    @Incoming("evaluation")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }
}
