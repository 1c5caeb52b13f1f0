package gov.chuangcheng.task.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of the evaluation system (测评体系). At most one is active: the one tasks and inspections use. */
@Entity
@Table(name = "evaluation_system")
public class EvaluationSystem extends PanacheEntityBase {

    @Id
    public String version;

    public String name;
    public boolean active;

    @Column(name = "imported_at")
    public Instant importedAt;

    @Column(name = "imported_by")
    public String importedBy;

    @Column(name = "activated_at")
    public Instant activatedAt;

    @Column(name = "activated_by")
    public String activatedBy;
}
