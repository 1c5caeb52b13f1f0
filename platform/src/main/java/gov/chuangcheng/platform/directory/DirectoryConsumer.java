package gov.chuangcheng.platform.directory;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps {@link UnitDirectory} current from {@code cc.directory.v1} (channel {@code directory}). */
@ApplicationScoped
public class DirectoryConsumer {

    static final String CONSUMER = "directory-read-model";

    private final InboundEvents inbound;
    private final EventHandlers handlers;

    public DirectoryConsumer(InboundEvents inbound, UnitDirectory directory) {
        this.inbound = inbound;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.UNIT_UPSERTED, (envelope, unit) -> directory.apply(unit))
                .build();
    }

    @Incoming("directory")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }
}
