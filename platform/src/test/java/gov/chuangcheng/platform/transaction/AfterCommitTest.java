package gov.chuangcheng.platform.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The action runs after a commit, not before it and never after a rollback (no transaction manager needed). */
class AfterCommitTest {

    /** Holds the registered synchronizations so that the test can complete the "transaction". */
    static class FakeRegistry implements TransactionSynchronizationRegistry {
        final List<Synchronization> registered = new ArrayList<>();

        void complete(int status) {
            registered.forEach(Synchronization::beforeCompletion);
            registered.forEach(s -> s.afterCompletion(status));
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            registered.add(sync);
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {}

        @Override
        public Object getResource(Object key) {
            return null;
        }

        @Override
        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {}

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }

    @Test
    void runsOnceTheTransactionHasCommitted() {
        FakeRegistry registry = new FakeRegistry();
        AtomicInteger runs = new AtomicInteger();
        AfterCommit.run(registry, runs::incrementAndGet);
        assertEquals(0, runs.get(), "nothing runs before the commit");
        registry.complete(Status.STATUS_COMMITTED);
        assertEquals(1, runs.get());
    }

    @Test
    void aRolledBackTransactionRunsNothing() {
        FakeRegistry registry = new FakeRegistry();
        AtomicInteger runs = new AtomicInteger();
        AfterCommit.run(registry, runs::incrementAndGet);
        registry.complete(Status.STATUS_ROLLEDBACK);
        assertEquals(0, runs.get());
    }
}
