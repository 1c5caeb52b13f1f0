package gov.chuangcheng.task.decomposition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The life of a task, free of I/O:
 *
 * <pre>
 *   NOT_STARTED ──progress──▶ IN_PROGRESS ──submit──▶ AWAITING_ACCEPTANCE ──accept──▶ COMPLETED
 *                                  ▲                          │
 *                                  └──────────reject──────────┘
 * </pre>
 *
 * The due date passing before completion marks the task overdue, once ({@link #markOverdue}): a task that is not
 * started or in progress becomes {@code OVERDUE}; one awaiting acceptance stays there (the office still decides) but
 * is overdue all the same, and goes back to {@code OVERDUE}, not {@code IN_PROGRESS}, if it is rejected. An overdue
 * task can still be reported on, submitted and completed — late ({@code onTime = false}). Being overdue is recorded
 * by {@link #overdueAt} and never undone, so that the overdue event is emitted exactly once.
 */
@Embeddable
public class TaskLifecycle {

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    TaskStatus status = TaskStatus.NOT_STARTED;

    @Column(name = "submitted_at")
    Instant submittedAt;

    @Column(name = "submitted_by")
    String submittedBy;

    @Column(name = "completed_at")
    Instant completedAt;

    @Column(name = "completed_on_time")
    Boolean completedOnTime;
    /** When the task was found overdue (and its overdue event written); null while it is not. */
    @Column(name = "overdue_notified_at")
    Instant overdueAt;

    /** A transition the current status does not allow; the API answers 409. */
    public static class IllegalTransition extends IllegalStateException {
        public IllegalTransition(String message) {
            super(message);
        }
    }

    public TaskStatus status() {
        return status;
    }

    public boolean overdue() {
        return overdueAt != null;
    }

    public Instant overdueAt() {
        return overdueAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant completedAt() {
        return completedAt;
    }

    /** Null until completed. */
    public Boolean completedOnTime() {
        return completedOnTime;
    }

    public boolean completed() {
        return status == TaskStatus.COMPLETED;
    }

    /** A progress report (进度报告): the first one starts the task. */
    public void reportProgress() {
        switch (status) {
            case NOT_STARTED -> status = TaskStatus.IN_PROGRESS;
            case IN_PROGRESS, OVERDUE -> {}
            case AWAITING_ACCEPTANCE ->
                throw new IllegalTransition(
                        "the task awaits acceptance (待验收); progress can be reported again once the office rejects it");
            case COMPLETED -> throw new IllegalTransition("the task is completed (已完成)");
        }
    }

    /** The lead unit submits the task for acceptance (提交验收). */
    public void submit(Instant now, String by) {
        switch (status) {
            case IN_PROGRESS, OVERDUE -> {
                status = TaskStatus.AWAITING_ACCEPTANCE;
                submittedAt = now;
                submittedBy = by;
            }
            case NOT_STARTED ->
                throw new IllegalTransition("report progress before submitting the task for acceptance");
            case AWAITING_ACCEPTANCE -> throw new IllegalTransition("the task already awaits acceptance (待验收)");
            case COMPLETED -> throw new IllegalTransition("the task is completed (已完成)");
        }
    }

    /**
     * The office accepts the submitted task (验收通过). Returns whether it was completed on time: at or before the end
     * of its due date in the district's time zone.
     */
    public boolean accept(Instant now, LocalDate dueDate, ZoneId zone) {
        requireAwaitingAcceptance();
        status = TaskStatus.COMPLETED;
        completedAt = now;
        completedOnTime = !now.atZone(zone).toLocalDate().isAfter(dueDate);
        return completedOnTime;
    }

    /** The office rejects the submitted task (验收不通过); the unit works on. */
    public void reject() {
        requireAwaitingAcceptance();
        status = overdue() ? TaskStatus.OVERDUE : TaskStatus.IN_PROGRESS;
        submittedAt = null;
        submittedBy = null;
    }

    /** Whether {@link #markOverdue} would mark the task on {@code today} (the district's local date). */
    public boolean isDue(LocalDate today, LocalDate dueDate) {
        return status != TaskStatus.COMPLETED && overdueAt == null && today.isAfter(dueDate);
    }

    /**
     * Marks the task overdue if its due date has passed on {@code today} and it is neither completed nor already
     * marked. Returns true exactly once in the life of a task: when the caller must emit the overdue event.
     */
    public boolean markOverdue(Instant now, LocalDate today, LocalDate dueDate) {
        Objects.requireNonNull(now, "now");
        if (!isDue(today, dueDate)) {
            return false;
        }
        overdueAt = now;
        if (status != TaskStatus.AWAITING_ACCEPTANCE) {
            status = TaskStatus.OVERDUE;
        }
        return true;
    }

    private void requireAwaitingAcceptance() {
        if (status != TaskStatus.AWAITING_ACCEPTANCE) {
            throw new IllegalTransition(
                    "only a task awaiting acceptance (待验收) can be accepted or rejected; this one is " + status + " ("
                            + status.displayName() + ")");
        }
    }
}
