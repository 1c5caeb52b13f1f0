package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.inspection.open311.OrderFollowing;
import gov.chuangcheng.inspection.responsibility.Settlements;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code cc.rectifications.v1} (channel {@code rectifications}): a verification request schedules a
 * re-inspection, a send-back or a closure withdraws it, and the order's steps keep the brief its inspector reads
 * ({@link OrderBriefs}); opened, extended, evidence-added, reassigned and closed orders answer the Open311 requests that
 * follow them ({@link OrderFollowing}); a settled responsibility (确权) is kept to route the point × standard's next
 * failures ({@link Settlements}). The other types are skipped.
 */
@ApplicationScoped
public class RectificationConsumer {

    static final String CONSUMER = "reinspection-tasks";

    private final InboundEvents inbound;
    private final EventHandlers handlers;

    public RectificationConsumer(
            InboundEvents inbound,
            ReinspectionTasks tasks,
            OrderBriefs briefs,
            OrderFollowing open311,
            Settlements settlements) {
        this.inbound = inbound;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.RECTIFICATION_OPENED, (envelope, event) -> {
                    briefs.on(event);
                    open311.opened(event);
                })
                .on(EventCatalog.RECTIFICATION_SUBMITTED, (envelope, event) -> briefs.on(event))
                .on(EventCatalog.VERIFICATION_REQUESTED, (envelope, event) -> {
                    briefs.on(event);
                    tasks.requested(event);
                })
                .on(EventCatalog.RECTIFICATION_SENT_BACK, (envelope, event) -> {
                    briefs.on(event);
                    tasks.withdrawn(event.order().id());
                })
                .on(EventCatalog.RECTIFICATION_EXTENDED, (envelope, event) -> {
                    briefs.on(event);
                    open311.extended(event);
                })
                .on(EventCatalog.RECTIFICATION_ESCALATED, (envelope, event) -> briefs.on(event))
                .on(EventCatalog.RECTIFICATION_EVIDENCE_ADDED, (envelope, event) -> {
                    briefs.on(event);
                    open311.evidenceAdded(event);
                })
                .on(EventCatalog.RECTIFICATION_CLOSED, (envelope, event) -> {
                    briefs.on(event);
                    tasks.withdrawn(event.order().id());
                    open311.closed(event);
                })
                .on(EventCatalog.RECTIFICATION_REASSIGNED, (envelope, event) -> {
                    briefs.on(event);
                    open311.reassigned(event);
                })
                .on(EventCatalog.RESPONSIBILITY_SETTLED, (envelope, event) -> settlements.settled(event))
                .build();
    }

    @Incoming("rectifications")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbound.dispatch(CONSUMER, record, handlers);
    }
}
