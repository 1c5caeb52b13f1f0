package gov.chuangcheng.platform.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Runs an action once the current transaction has committed, and not at all if it rolls back: work that must only
 * start from committed rows (the outbox relay, a channel's delivery pass) is woken this way instead of waiting for
 * its next poll.
 */
public final class AfterCommit {

    private AfterCommit() {}

    /** Registers {@code action} on the current transaction; it runs on the committing thread after the commit. */
    public static void run(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
