package gov.chuangcheng.accountability.escalation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the escalation sweep on a schedule ({@code cc.escalation.sweep-every}; "off" disables it, as tests do). Each
 * batch is its own transaction, and one run takes at most {@code MAX_BATCHES} batches, so a catch-up after downtime
 * drains in bounded steps instead of a storm.
 */
@ApplicationScoped
public class EscalationSweeper {

    static final int MAX_BATCHES = 20;

    private final EscalationService escalations;

    public EscalationSweeper(EscalationService escalations) {
        this.escalations = escalations;
    }

    @Scheduled(every = "${cc.escalation.sweep-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "escalation-sweeper")
    void run() {
        for (int i = 0; i < MAX_BATCHES; i++) {
            int claimed = QuarkusTransaction.requiringNew().call(escalations::sweep);
            if (claimed < escalations.batch()) {
                return;
            }
        }
    }
}
