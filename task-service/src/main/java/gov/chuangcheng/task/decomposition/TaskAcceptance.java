package gov.chuangcheng.task.decomposition;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.task.TaskCompleted;
import gov.chuangcheng.events.task.TaskRejected;
import gov.chuangcheng.events.task.TaskSubmitted;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The acceptance of tasks (验收): the lead unit submits, the office accepts or rejects with a reason. Each step is
 * announced when work starts waiting for someone: a submission to the office ({@code cc.task.submitted.v1}), the
 * office's decision to the lead unit ({@code cc.task.completed.v1}, {@code cc.task.rejected.v1}), through the outbox
 * in the step's transaction. Every decision is a review of its own, never edited.
 */
@ApplicationScoped
public class TaskAcceptance {

    private final Outbox outbox;
    private final Clock clock;
    private final EntityManager em;
    private final ZoneId zone;

    public TaskAcceptance(Outbox outbox, Clock clock, EntityManager em, ZoneId zone) {
        this.outbox = outbox;
        this.clock = clock;
        this.em = em;
        this.zone = zone;
    }

    /**
     * The lead unit (or the office) submits the task for acceptance (提交验收): the caller's scope must include the
     * lead unit — a co-unit sees the task but does not submit it (403).
     */
    @Transactional
    public TaskView submit(String id, UnitScope scope, String by) {
        Task task = Tasks.visibleTask(id, scope);
        if (!scope.includes(task.leadUnitCode)) {
            throw ProblemException.forbidden(
                    "only the lead unit (牵头单位) " + task.leadUnitCode + " submits task " + id + " for acceptance");
        }
        Instant now = clock.instant();
        Tasks.transition(() -> {
            task.lifecycle.submit(now, by);
            return null;
        });
        task.updatedAt = now;
        // the task waits for the office from now on: the office is told at once
        outbox.publish(
                EventCatalog.TASK_SUBMITTED,
                task.id,
                new TaskSubmitted(
                        task.id,
                        task.title,
                        task.leadUnitCode,
                        Tasks.unitNames(List.of(task.leadUnitCode)).get(task.leadUnitCode),
                        task.dueDate,
                        by,
                        OffsetDateTime.ofInstant(now, zone)));
        em.flush();
        return Tasks.view(task);
    }

    /** The office accepts a submitted task: it is completed, on time or late, and {@code cc.task.completed.v1} says so. */
    @Transactional
    public TaskView accept(String id, String by) {
        Task task = Task.<Task>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("task", id));
        Instant now = clock.instant();
        boolean onTime = Tasks.transition(() -> task.lifecycle.accept(now, task.dueDate, zone));
        task.updatedAt = now;
        review(task, ReviewDecision.ACCEPTED, null, by, now);
        outbox.publish(
                EventCatalog.TASK_COMPLETED,
                task.id,
                new TaskCompleted(
                        task.id,
                        task.title,
                        task.leadUnitCode,
                        Tasks.unitNames(List.of(task.leadUnitCode)).get(task.leadUnitCode),
                        task.dueDate,
                        OffsetDateTime.ofInstant(now, zone),
                        onTime));
        return Tasks.view(task);
    }

    /** The office rejects a submitted task with a reason; the unit works on. */
    @Transactional
    public TaskView reject(String id, String reason, String by) {
        Task task = Task.<Task>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("task", id));
        Instant now = clock.instant();
        Tasks.transition(() -> {
            task.lifecycle.reject();
            return null;
        });
        task.updatedAt = now;
        review(task, ReviewDecision.REJECTED, reason.trim(), by, now);
        outbox.publish(
                EventCatalog.TASK_REJECTED,
                task.id,
                new TaskRejected(
                        task.id,
                        task.title,
                        task.leadUnitCode,
                        Tasks.unitNames(List.of(task.leadUnitCode)).get(task.leadUnitCode),
                        task.dueDate,
                        reason.trim(),
                        by,
                        OffsetDateTime.ofInstant(now, zone)));
        em.flush();
        return Tasks.view(task);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReviewView> reviews(String id, UnitScope scope, PageRequest paging) {
        Task task = Tasks.visibleTask(id, scope);
        return Page.of(
                TaskReview.<TaskReview>find("taskId = ?1 order by number desc", task.id), paging, ReviewView::of);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** What {@link #check} found: the standards and unit names the request refers to. */
    /** The tasks waiting for the office's acceptance (提交验收), the longest waiting first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TaskView> awaiting(int limit) {
        return Task.<Task>find(
                        "lifecycle.status = ?1 order by lifecycle.submittedAt, id", TaskStatus.AWAITING_ACCEPTANCE)
                .page(0, limit)
                .list()
                .stream()
                .map(Tasks::view)
                .toList();
    }

    private static void review(Task task, ReviewDecision decision, String reason, String by, Instant now) {
        TaskReview review = new TaskReview();
        review.id = UUID.randomUUID().toString();
        review.taskId = task.id;
        review.number = (int) TaskReview.count("taskId", task.id) + 1;
        review.decision = decision;
        review.reason = reason;
        review.reviewedBy = by;
        review.reviewedAt = now;
        review.persist();
    }
}
