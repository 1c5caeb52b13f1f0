package gov.chuangcheng.platform.inbox;

import gov.chuangcheng.events.EventEnvelope;

/** Applies one event's effect. Runs inside the transaction that also records the event in the inbox. */
@FunctionalInterface
public interface EventHandler<P> {
    void handle(EventEnvelope envelope, P payload);
}
