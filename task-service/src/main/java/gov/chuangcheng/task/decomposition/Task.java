package gov.chuangcheng.task.decomposition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A decomposed task (任务分解): serves one standard or a group of standards of the evaluation system, is led by one unit
 * (牵头单位) with co-units (配合单位), is due on a date and may have milestones.
 */
@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    @Id
    public String id;

    public String title;
    public String description;

    @Column(name = "lead_unit_code")
    public String leadUnitCode;

    @Column(name = "due_date")
    public LocalDate dueDate;
    /** The percentage the last progress report gave. */
    public int percent;

    @Column(name = "assigned_by")
    public String assignedBy;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Embedded
    public TaskLifecycle lifecycle = new TaskLifecycle();

    @ElementCollection
    @CollectionTable(name = "task_standard", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<TaskStandard> standards = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_co_unit", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code")
    public List<String> coUnitCodes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_milestone", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    public List<Milestone> milestones = new ArrayList<>();

    public TaskStandard primaryStandard() {
        return standards.get(0);
    }

    /** The lead unit and the co-units. */
    public Stream<String> unitCodes() {
        return Stream.concat(Stream.of(leadUnitCode), coUnitCodes.stream());
    }
}
