package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.evidence.KnownEvidenceService;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.KeyOrderedBatches;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Opens, attaches findings to, closes and sends back rectification orders from {@code cc.inspections.v1} (channel
 * {@code inspections}), and keeps what is known of every uploaded photo ({@code cc.evidence.uploaded.v1}); each event is applied once (platform inbox), a poison event goes to the dead-letter topic.
 * The channel delivers polled batches: events of one point (the key) are applied in order, those of different points
 * at the same time ({@link KeyOrderedBatches}), because on the evaluation eve every inspector submits at once.
 */
@ApplicationScoped
public class InspectionConsumer {

    static final String CONSUMER = "rectification-orders";

    private final KeyOrderedBatches batches;
    private final EventHandlers handlers;

    public InspectionConsumer(
            KeyOrderedBatches batches,
            InspectionOutcomes orders,
            Verifications verifications,
            KnownEvidenceService evidence) {
        this.batches = batches;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.ITEM_FAILED, (envelope, e) -> orders.onFailure(Failure.of(e)))
                .on(EventCatalog.PROBLEM_REPORTED, (envelope, e) -> orders.onFailure(Failure.of(e)))
                .on(EventCatalog.INSPECTION_COMPLETED, (envelope, e) -> orders.onInspectionCompleted(e))
                .on(EventCatalog.REINSPECTION_PASSED, (envelope, e) -> orders.onReinspectionPassed(e))
                .on(EventCatalog.REINSPECTION_FAILED, (envelope, e) -> orders.onReinspectionFailed(e))
                .on(EventCatalog.REINSPECTION_ASSIGNED, (envelope, e) -> verifications.assigned(e))
                .on(EventCatalog.EVIDENCE_UPLOADED, (envelope, e) -> evidence.uploaded(e))
                .build();
    }

    @Incoming("inspections")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        batches.dispatch(CONSUMER, records, handlers);
    }
}
