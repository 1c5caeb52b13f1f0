package gov.chuangcheng.task.decomposition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task as the API shows it.
 *
 * @param overdue true once the task was found overdue (also while it awaits acceptance, and after a late completion)
 * @param onTime  null until completed
 */
public record TaskView(
        String id,
        String title,
        String description,
        List<StandardView> standards,
        UnitRef leadUnit,
        List<UnitRef> coUnits,
        LocalDate dueDate,
        TaskStatus status,
        String statusName,
        boolean overdue,
        Instant overdueAt,
        int percent,
        List<MilestoneView> milestones,
        String assignedBy,
        Instant assignedAt,
        Instant submittedAt,
        String submittedBy,
        Instant completedAt,
        Boolean onTime,
        long version) {

    @Schema(name = "TaskStandardView")
    public record StandardView(String code, String name, String indicatorCode) {}

    /** A unit with its current name from the directory. */
    public record UnitRef(String code, String name) {}

    public record MilestoneView(int index, String name, LocalDate dueDate, boolean done) {}

    static TaskView of(Task t, Map<String, String> unitNames) {
        TaskLifecycle l = t.lifecycle;
        List<MilestoneView> milestones = IntStream.range(0, t.milestones.size())
                .mapToObj(i -> {
                    Milestone m = t.milestones.get(i);
                    return new MilestoneView(i, m.name, m.dueDate, m.done);
                })
                .toList();
        return new TaskView(
                t.id,
                t.title,
                t.description,
                t.standards.stream()
                        .map(s -> new StandardView(s.code, s.name, s.indicatorCode))
                        .toList(),
                new UnitRef(t.leadUnitCode, unitNames.get(t.leadUnitCode)),
                t.coUnitCodes.stream()
                        .map(c -> new UnitRef(c, unitNames.get(c)))
                        .toList(),
                t.dueDate,
                l.status(),
                l.status().displayName(),
                l.overdue(),
                l.overdueAt(),
                t.percent,
                milestones,
                t.assignedBy,
                t.createdAt,
                l.submittedAt(),
                l.submittedBy(),
                l.completedAt(),
                l.completedOnTime(),
                t.version);
    }
}
