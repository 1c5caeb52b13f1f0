package gov.chuangcheng.accountability.escalation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the escalation sweep on a schedule ({@code cc.escalation.sweep-every}; "off" disables it, as tests do). A run
 * fires every step due, batch after batch, each batch its own short transaction (locks held for one batch only); a
 * run still going when the next is due makes the next one skip, so one replica never sweeps twice at once.
 */
@ApplicationScoped
public class EscalationSweeper {

    private final EscalationService escalations;

    public EscalationSweeper(EscalationService escalations) {
        this.escalations = escalations;
    }

    @Scheduled(every = "${cc.escalation.sweep-every:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "escalation-sweeper")
    void run() {
        int claimed;
        do {
            claimed = QuarkusTransaction.requiringNew().call(escalations::sweep);
        } while (claimed >= escalations.batch());
    }
}
