package gov.chuangcheng.accountability.ledger;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.platform.inbox.EventHandlers;
import gov.chuangcheng.platform.inbox.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Charges an overdue task of task-service ({@code cc.task.overdue.v1}) to its lead unit's ledger, once. */
@ApplicationScoped
public class TaskOverdueConsumer {

    private final InboundEvents inbound;
    private final EventHandlers handlers;

    public TaskOverdueConsumer(InboundEvents inbound, LedgerService ledger) {
        this.inbound = inbound;
        this.handlers = EventHandlers.builder()
                .on(EventCatalog.TASK_OVERDUE, (envelope, task) -> ledger.recordOverdueTask(task))
                .build();
    }

    @Incoming("tasks")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        inbound.dispatch("ledger-overdue-tasks", record, handlers);
    }
}
