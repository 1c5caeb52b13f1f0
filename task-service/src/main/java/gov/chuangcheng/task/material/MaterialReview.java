package gov.chuangcheng.task.material;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One decision of the office on a filed material; never changed, a later decision is a review of its own. */
@Entity
@Table(name = "material_review")
public class MaterialReview extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "material_id")
    public String materialId;

    /** 1, 2, 3… per material, in the order decided. */
    public int number;

    @Enumerated(EnumType.STRING)
    public MaterialDecision decision;

    public String reason;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;
}
