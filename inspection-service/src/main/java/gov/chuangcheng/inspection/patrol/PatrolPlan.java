package gov.chuangcheng.inspection.patrol;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.UUID;

/**
 * A patrol plan (巡查计划): the points an inspector is to patrol on each day from {@code startDate} to
 * {@code endDate} (both included, calendar days in Asia/Shanghai). An inspector has at most one plan on a day.
 */
@Entity
@Table(name = "patrol_plan")
public class PatrolPlan extends PanacheEntityBase {

    @Id
    public UUID id;
    /** The inspector's username (the token's preferred username). */
    public String inspector;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    @ElementCollection
    @CollectionTable(name = "patrol_plan_point", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    @Column(name = "point_id")
    public List<UUID> pointIds = new ArrayList<>();
}
