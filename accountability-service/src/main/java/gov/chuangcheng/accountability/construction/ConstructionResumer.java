package gov.chuangcheng.accountability.construction;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Ends the constructions whose time has come, on the escalation sweeper's schedule ("off" in tests). */
@ApplicationScoped
public class ConstructionResumer {

    private final ConstructionSuspensions constructions;

    public ConstructionResumer(ConstructionSuspensions constructions) {
        this.constructions = constructions;
    }

    @Scheduled(
            every = "${cc.escalation.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "construction-resumer")
    void run() {
        // batches of 50, each its own transaction: a backlog after downtime ends in bounded steps
        for (int i = 0; i < 1000 && constructions.endDue() > 0; i++) {
            // drain
        }
    }
}
