package gov.chuangcheng.task.decomposition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TaskLifecycleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    /** 2026-12-01 23:30 in Shanghai: still the due date there, already past it nowhere. */
    private static final Instant LAST_MINUTES = Instant.parse("2026-12-01T15:30:00Z");
    /** 2026-12-02 00:30 in Shanghai, still 1 December in UTC. */
    private static final Instant JUST_AFTER = Instant.parse("2026-12-01T16:30:00Z");

    private static TaskLifecycle inProgress() {
        TaskLifecycle l = new TaskLifecycle();
        l.reportProgress();
        return l;
    }

    @Test
    void happyPathFromNotStartedToCompletedOnTime() {
        TaskLifecycle l = new TaskLifecycle();
        assertEquals(TaskStatus.NOT_STARTED, l.status());
        l.reportProgress();
        assertEquals(TaskStatus.IN_PROGRESS, l.status());
        l.reportProgress();
        assertEquals(TaskStatus.IN_PROGRESS, l.status());
        l.submit(LAST_MINUTES, "cgj1");
        assertEquals(TaskStatus.AWAITING_ACCEPTANCE, l.status());
        assertEquals("cgj1", l.submittedBy());
        assertTrue(l.accept(LAST_MINUTES, DUE, SHANGHAI));
        assertEquals(TaskStatus.COMPLETED, l.status());
        assertEquals(LAST_MINUTES, l.completedAt());
        assertTrue(l.completedOnTime());
    }

    @Test
    void onTimeIsJudgedByTheDistrictsLocalDate() {
        TaskLifecycle l = inProgress();
        l.submit(LAST_MINUTES, "cgj1");
        assertFalse(l.accept(JUST_AFTER, DUE, SHANGHAI), "00:30 on 2 December in Shanghai is late");

        TaskLifecycle utc = inProgress();
        utc.submit(LAST_MINUTES, "cgj1");
        assertTrue(utc.accept(JUST_AFTER, DUE, ZoneId.of("UTC")));
    }

    @Test
    void rejectionSendsTheTaskBackToWork() {
        TaskLifecycle l = inProgress();
        l.submit(LAST_MINUTES, "cgj1");
        l.reject();
        assertEquals(TaskStatus.IN_PROGRESS, l.status());
        assertNull(l.submittedAt());
        l.reportProgress();
        l.submit(LAST_MINUTES, "cgj1");
        assertEquals(TaskStatus.AWAITING_ACCEPTANCE, l.status());
    }

    @Test
    void transitionsTheStatusDoesNotAllowAreRefused() {
        TaskLifecycle fresh = new TaskLifecycle();
        assertThrows(TaskLifecycle.IllegalTransition.class, () -> fresh.submit(LAST_MINUTES, "x"));
        assertThrows(TaskLifecycle.IllegalTransition.class, () -> fresh.accept(LAST_MINUTES, DUE, SHANGHAI));
        assertThrows(TaskLifecycle.IllegalTransition.class, fresh::reject);
        assertEquals(TaskStatus.NOT_STARTED, fresh.status());

        TaskLifecycle awaiting = inProgress();
        awaiting.submit(LAST_MINUTES, "x");
        assertThrows(TaskLifecycle.IllegalTransition.class, awaiting::reportProgress);
        assertThrows(TaskLifecycle.IllegalTransition.class, () -> awaiting.submit(LAST_MINUTES, "x"));

        TaskLifecycle done = inProgress();
        done.submit(LAST_MINUTES, "x");
        done.accept(LAST_MINUTES, DUE, SHANGHAI);
        assertThrows(TaskLifecycle.IllegalTransition.class, done::reportProgress);
        assertThrows(TaskLifecycle.IllegalTransition.class, done::reject);
        assertThrows(TaskLifecycle.IllegalTransition.class, () -> done.accept(LAST_MINUTES, DUE, SHANGHAI));
        assertEquals(TaskStatus.COMPLETED, done.status());
    }

    @Test
    void overdueOnlyAfterTheDueDateAndExactlyOnce() {
        TaskLifecycle l = new TaskLifecycle();
        assertFalse(l.markOverdue(LAST_MINUTES, DUE, DUE), "the due date itself is not overdue");
        assertEquals(TaskStatus.NOT_STARTED, l.status());

        assertTrue(l.markOverdue(JUST_AFTER, DUE.plusDays(1), DUE));
        assertEquals(TaskStatus.OVERDUE, l.status());
        assertEquals(JUST_AFTER, l.overdueAt());
        assertFalse(l.markOverdue(JUST_AFTER.plusSeconds(60), DUE.plusDays(2), DUE), "never twice");
        assertEquals(JUST_AFTER, l.overdueAt());
    }

    @Test
    void anOverdueTaskCanStillBeCompletedLate() {
        TaskLifecycle l = inProgress();
        assertTrue(l.markOverdue(JUST_AFTER, DUE.plusDays(1), DUE));
        l.reportProgress();
        assertEquals(TaskStatus.OVERDUE, l.status());
        l.submit(JUST_AFTER, "cgj1");
        l.reject();
        assertEquals(TaskStatus.OVERDUE, l.status(), "a rejected overdue task is overdue again, not in progress");
        l.submit(JUST_AFTER, "cgj1");
        assertFalse(l.accept(JUST_AFTER.plusSeconds(3600), DUE, SHANGHAI));
        assertEquals(TaskStatus.COMPLETED, l.status());
        assertFalse(l.completedOnTime());
        assertFalse(l.markOverdue(JUST_AFTER, DUE.plusDays(9), DUE));
    }

    @Test
    void aTaskAwaitingAcceptanceAtTheDeadlineIsOverdueButStaysWithTheOffice() {
        TaskLifecycle l = inProgress();
        l.submit(LAST_MINUTES, "cgj1");
        assertTrue(l.markOverdue(JUST_AFTER, DUE.plusDays(1), DUE));
        assertEquals(TaskStatus.AWAITING_ACCEPTANCE, l.status());
        assertTrue(l.overdue());
        assertFalse(l.markOverdue(JUST_AFTER, DUE.plusDays(2), DUE));
        assertFalse(l.accept(JUST_AFTER, DUE, SHANGHAI));
    }

    @Test
    void aCompletedTaskIsNeverOverdue() {
        TaskLifecycle l = inProgress();
        l.submit(LAST_MINUTES, "cgj1");
        l.accept(LAST_MINUTES, DUE, SHANGHAI);
        assertFalse(l.isDue(DUE.plusDays(30), DUE));
        assertFalse(l.markOverdue(JUST_AFTER, DUE.plusDays(30), DUE));
        assertFalse(l.overdue());
    }
}
