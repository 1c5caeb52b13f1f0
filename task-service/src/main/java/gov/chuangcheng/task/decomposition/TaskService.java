package gov.chuangcheng.task.decomposition;

import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.task.TaskAssigned;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.UnitScope;
import gov.chuangcheng.task.directory.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Task decomposition (任务分解): the office creates and edits tasks and decides on them; units report progress and
 * submit. Assignment, submission, rejection and completion are published on {@code cc.tasks.v1} through the outbox ({@link OverdueSweeper}
 * publishes overdue tasks). Every check runs before anything changes, so bad input changes nothing.
 */
@ApplicationScoped
public class TaskService {

    private final Outbox outbox;
    private final Clock clock;
    private final StandardCatalog catalog;
    private final EvaluationDay evaluationDay;
    private final EntityManager em;
    private final ZoneId zone;
    /**
     * Whether a task may be due after the campaign's evaluation date ({@code cc.tasks.due-after-evaluation-allowed}).
     */
    private final boolean dueAfterEvaluationAllowed;

    public TaskService(
            Outbox outbox,
            Clock clock,
            StandardCatalog catalog,
            EvaluationDay evaluationDay,
            EntityManager em,
            ZoneId zone,
            @ConfigProperty(name = "cc.tasks.due-after-evaluation-allowed", defaultValue = "false")
                    boolean dueAfterEvaluationAllowed) {
        this.outbox = outbox;
        this.clock = clock;
        this.catalog = catalog;
        this.evaluationDay = evaluationDay;
        this.em = em;
        this.zone = zone;
        this.dueAfterEvaluationAllowed = dueAfterEvaluationAllowed;
    }

    @Transactional
    public TaskView create(TaskRequest request, String by) {
        Checked checked = check(request, null);
        Instant now = clock.instant();
        Task task = new Task();
        task.id = UUID.randomUUID().toString();
        task.assignedBy = by;
        task.createdAt = now;
        apply(task, request, checked, now);
        task.persist();
        publishAssigned(task, checked.unitNames(), by, now);
        return Tasks.view(task);
    }

    /** Replaces the task's plan; a new lead unit, co-units or due date is an assignment and published again. */
    @Transactional
    public TaskView update(String id, String ifMatch, TaskRequest request, String by) {
        Task task = Task.<Task>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("task", id));
        Versions.requireMatch(ifMatch, task.version);
        if (task.lifecycle.completed()) {
            throw ProblemException.conflict("task " + id + " is completed (已完成) and no longer changes");
        }
        Checked checked = check(request, task);
        boolean reassigned = !task.leadUnitCode.equals(request.leadUnitCode())
                || !task.coUnitCodes.equals(request.coUnits())
                || !task.dueDate.equals(request.dueDate());
        Instant now = clock.instant();
        apply(task, request, checked, now);
        em.flush();
        if (reassigned) {
            publishAssigned(task, checked.unitNames(), by, now);
        }
        return Tasks.view(task);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TaskView> find(String id, UnitScope scope) {
        return Task.<Task>findByIdOptional(id)
                .filter(t -> Tasks.visible(t, scope))
                .map(Tasks::view);
    }

    /** Tasks in the caller's scope (led or co-operated on by a unit of it), filtered, by due date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TaskView> list(UnitScope scope, TaskFilter filter, PageRequest paging) {
        if (scope.filter().map(Set::isEmpty).orElse(false)) {
            return new Page<>(List.of(), paging.page, paging.size, 0);
        }
        StringBuilder where = new StringBuilder("from Task t where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        scope.filter().ifPresent(units -> {
            where.append(" and (t.leadUnitCode in :scope or t.id in "
                    + "(select c.id from Task c join c.coUnitCodes cu where cu in :scope))");
            params.put("scope", units);
        });
        if (filter.unit() != null) {
            where.append(" and (t.leadUnitCode = :unit or t.id in "
                    + "(select c.id from Task c join c.coUnitCodes cu where cu = :unit))");
            params.put("unit", filter.unit());
        }
        if (filter.status() != null) {
            where.append(" and t.lifecycle.status = :status");
            params.put("status", filter.status());
        }
        if (filter.dueFrom() != null) {
            where.append(" and t.dueDate >= :dueFrom");
            params.put("dueFrom", filter.dueFrom());
        }
        if (filter.dueTo() != null) {
            where.append(" and t.dueDate <= :dueTo");
            params.put("dueTo", filter.dueTo());
        }
        if (filter.indicator() != null) {
            where.append(
                    " and t.id in (select s.id from Task s join s.standards st where st.indicatorCode = :indicator)");
            params.put("indicator", filter.indicator());
        }
        if (filter.standard() != null) {
            where.append(" and t.id in (select s.id from Task s join s.standards st where st.code = :standard)");
            params.put("standard", filter.standard());
        }
        where.append(" order by t.dueDate, t.id");
        Page<Task> page = Page.of(Task.<Task>find(where.toString(), params), paging, t -> t);
        Map<String, String> names =
                Tasks.unitNames(page.items().stream().flatMap(Task::unitCodes).collect(Collectors.toSet()));
        return page.map(t -> TaskView.of(t, names));
    }

    /** A progress report by a unit of the task (or the office); the first one starts the task. */
    @Transactional
    public ProgressView report(String id, UnitScope scope, ProgressRequest request, String by, String byUnit) {
        Task task = Tasks.visibleTask(id, scope);
        List<Problem.FieldError> errors = new ArrayList<>();
        List<Integer> done = request.milestonesDoneList();
        for (int i = 0; i < done.size(); i++) {
            if (done.get(i) >= task.milestones.size()) {
                errors.add(new Problem.FieldError(
                        "milestonesDone[" + i + "]", "the task has no milestone with index " + done.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Tasks.transition(() -> {
            task.lifecycle.reportProgress();
            return null;
        });
        Instant now = clock.instant();
        task.percent = request.percent();
        done.forEach(i -> task.milestones.get(i).done = true);
        task.updatedAt = now;

        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID().toString();
        report.taskId = task.id;
        // unique per task: concurrent reports on one task conflict on the task's version, one of them gets 409
        report.number = (int) ProgressReport.count("taskId", task.id) + 1;
        report.text = request.text().trim();
        report.percent = request.percent();
        report.reportedBy = by;
        report.reporterUnit = byUnit;
        report.reportedAt = now;
        request.materialList()
                .forEach(m -> report.materials.add(
                        new Material(m.name().trim(), m.uri().trim())));
        report.persist();
        return ProgressView.of(report);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProgressView> progress(String id, UnitScope scope, PageRequest paging) {
        Task task = Tasks.visibleTask(id, scope);
        return Page.of(
                ProgressReport.<ProgressReport>find("taskId = ?1 order by number desc", task.id),
                paging,
                ProgressView::of);
    }

    private record Checked(Map<String, StandardCatalog.Standard> standards, Map<String, String> unitNames) {}

    /**
     * Every rule of a task's plan, all errors at once. {@code existing} is the task being replaced, whose standards
     * and units stay acceptable even if the evaluation system or the directory has moved on since.
     */
    private Checked check(TaskRequest request, Task existing) {
        List<Problem.FieldError> errors = new ArrayList<>();

        List<String> codes = request.standardCodes();
        Set<String> kept = existing == null
                ? Set.of()
                : existing.standards.stream().map(s -> s.code).collect(Collectors.toSet());
        Map<String, StandardCatalog.Standard> active = catalog.activeStandards(new HashSet<>(codes));
        Set<String> seenCodes = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (!seenCodes.add(code)) {
                errors.add(new Problem.FieldError("standardCodes[" + i + "]", "standard " + code + " is listed twice"));
            } else if (!active.containsKey(code) && !kept.contains(code)) {
                errors.add(new Problem.FieldError(
                        "standardCodes[" + i + "]", "standard " + code + " is not in the active evaluation system"));
            }
        }

        Set<String> assigned =
                existing == null ? Set.of() : existing.unitCodes().collect(Collectors.toSet());
        List<String> coUnits = request.coUnits();
        Set<String> unitCodes = new HashSet<>(coUnits);
        unitCodes.add(request.leadUnitCode());
        Map<String, Unit> units =
                Unit.<Unit>list("code in ?1", unitCodes).stream().collect(Collectors.toMap(u -> u.code, u -> u));
        unitProblem(request.leadUnitCode(), units, assigned)
                .ifPresent(m -> errors.add(new Problem.FieldError("leadUnitCode", m)));
        Set<String> seenUnits = new HashSet<>();
        for (int i = 0; i < coUnits.size(); i++) {
            String code = coUnits.get(i);
            String field = "coUnitCodes[" + i + "]";
            if (code.equals(request.leadUnitCode())) {
                errors.add(new Problem.FieldError(field, "unit " + code + " is the lead unit; a co-unit must differ"));
            } else if (!seenUnits.add(code)) {
                errors.add(new Problem.FieldError(field, "unit " + code + " is listed twice"));
            } else {
                unitProblem(code, units, assigned).ifPresent(m -> errors.add(new Problem.FieldError(field, m)));
            }
        }

        LocalDate due = request.dueDate();
        if (existing == null || !due.equals(existing.dueDate)) {
            LocalDate today = clock.instant().atZone(zone).toLocalDate();
            Optional<LocalDate> evaluation = evaluationDay.date();
            if (due.isBefore(today)) {
                errors.add(new Problem.FieldError("dueDate", "is in the past (today is " + today + ")"));
            } else if (!dueAfterEvaluationAllowed && evaluation.isPresent() && due.isAfter(evaluation.get())) {
                errors.add(new Problem.FieldError(
                        "dueDate", "is after the evaluation date " + evaluation.get() + " of the campaign"));
            }
        }
        List<TaskRequest.MilestoneRequest> milestones = request.milestoneList();
        Set<String> milestoneNames = new HashSet<>();
        for (int i = 0; i < milestones.size(); i++) {
            TaskRequest.MilestoneRequest m = milestones.get(i);
            if (!milestoneNames.add(m.name().trim())) {
                errors.add(new Problem.FieldError(
                        "milestones[" + i + "].name", "milestone " + m.name() + " is listed twice"));
            }
            if (m.dueDate().isAfter(due)) {
                errors.add(
                        new Problem.FieldError("milestones[" + i + "].dueDate", "is after the task's due date " + due));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Map<String, String> names = new HashMap<>();
        units.values().forEach(u -> names.put(u.code, u.name));
        return new Checked(active, names);
    }

    private static Optional<String> unitProblem(String code, Map<String, Unit> units, Set<String> assigned) {
        Unit unit = units.get(code);
        if (unit == null) {
            return Optional.of("unit " + code + " does not exist");
        }
        if (!unit.active && !assigned.contains(code)) {
            return Optional.of("unit " + code + " is inactive");
        }
        return Optional.empty();
    }

    private void apply(Task task, TaskRequest request, Checked checked, Instant now) {
        Map<String, TaskStandard> previous =
                task.standards.stream().collect(Collectors.toMap(s -> s.code, s -> s, (a, b) -> a));
        List<TaskStandard> standards = request.standardCodes().stream()
                .map(code -> {
                    StandardCatalog.Standard s = checked.standards().get(code);
                    if (s != null) {
                        return new TaskStandard(s.code(), s.name(), s.indicatorCode());
                    }
                    TaskStandard kept = previous.get(code);
                    return new TaskStandard(kept.code, kept.name, kept.indicatorCode);
                })
                .toList();
        task.title = request.title().trim();
        task.description =
                request.description() == null || request.description().isBlank()
                        ? null
                        : request.description().trim();
        task.standards.clear();
        task.standards.addAll(standards);
        task.leadUnitCode = request.leadUnitCode();
        task.coUnitCodes.clear();
        task.coUnitCodes.addAll(request.coUnits());
        task.dueDate = request.dueDate();
        task.milestones.clear();
        for (TaskRequest.MilestoneRequest m : request.milestoneList()) {
            Milestone milestone = new Milestone();
            milestone.name = m.name().trim();
            milestone.dueDate = m.dueDate();
            milestone.done = Boolean.TRUE.equals(m.done());
            task.milestones.add(milestone);
        }
        task.updatedAt = now;
    }

    private void publishAssigned(Task task, Map<String, String> unitNames, String by, Instant now) {
        TaskStandard primary = task.primaryStandard();
        outbox.publish(
                EventCatalog.TASK_ASSIGNED,
                task.id,
                new TaskAssigned(
                        task.id,
                        task.title,
                        primary.code,
                        primary.name,
                        task.leadUnitCode,
                        unitNames.get(task.leadUnitCode),
                        List.copyOf(task.coUnitCodes),
                        task.dueDate,
                        by,
                        OffsetDateTime.ofInstant(now, zone)));
    }
}
