package gov.chuangcheng.task.decomposition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A progress report (进度报告) on a task, with the ledger material it refers to. Never changed once written. */
@Entity
@Table(name = "task_progress")
public class ProgressReport extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "task_id")
    public String taskId;
    /** 1, 2, 3… within the task. */
    public int number;

    public String text;
    public int percent;

    @Column(name = "reported_by")
    public String reportedBy;
    /** The reporter's unit (token claim); null for the office. */
    @Column(name = "reporter_unit")
    public String reporterUnit;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @ElementCollection
    @CollectionTable(name = "task_progress_material", joinColumns = @JoinColumn(name = "progress_id"))
    @OrderColumn(name = "position")
    public List<Material> materials = new ArrayList<>();
}
