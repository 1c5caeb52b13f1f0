package gov.chuangcheng.inspection.checklist;

import gov.chuangcheng.events.evaluation.PointType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a point type's checklist (检查表). Versions are never edited: the office creates a new one, and the
 * highest version is current. Inspections keep the version they were scored against.
 */
@Entity
@Table(name = "checklist")
public class Checklist extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "point_type")
    public PointType pointType;

    public int version;
    /** The total a point needs to pass. */
    @Column(name = "pass_threshold")
    public BigDecimal passThreshold;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "checklist_item", joinColumns = @JoinColumn(name = "checklist_id"))
    @OrderColumn(name = "position")
    public List<ChecklistItem> items = new ArrayList<>();

    public Optional<ChecklistItem> item(String code) {
        return items.stream().filter(i -> i.code.equals(code)).findFirst();
    }

    public BigDecimal maxScore() {
        return items.stream().map(i -> i.maxScore).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
