package gov.chuangcheng.task.decomposition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The office's acceptance (验收) or rejection of a submitted task, with its reason. Never changed once written. */
@Entity
@Table(name = "task_review")
public class TaskReview extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "task_id")
    public String taskId;
    /** 1, 2, 3… within the task. */
    public int number;

    @Enumerated(EnumType.STRING)
    public ReviewDecision decision;

    public String reason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
