package gov.chuangcheng.inspection.inspection;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An inspection (督查) of a point by an inspector, scored against a checklist version. Never edited. */
@Entity
@Table(name = "inspection")
public class Inspection extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "point_id")
    public UUID pointId;

    @Column(name = "point_code")
    public String pointCode;
    /** The point's responsible unit at the time of the inspection; department scope applies to it. */
    @Column(name = "responsible_unit_code")
    public String responsibleUnitCode;

    @Column(name = "checklist_id")
    public UUID checklistId;

    @Column(name = "checklist_version")
    public int checklistVersion;

    public String inspector;

    @Column(name = "inspected_at")
    public Instant inspectedAt;
    /** Where the inspector was (WGS-84). */
    public double latitude;

    public double longitude;

    @Column(name = "distance_meters")
    public double distanceMeters;

    @Column(name = "far_from_point")
    public boolean farFromPoint;

    public String remarks;

    @Column(name = "total_score")
    public BigDecimal totalScore;

    @Column(name = "max_score")
    public BigDecimal maxScore;

    public boolean passed;

    @Column(name = "idempotency_key")
    public String idempotencyKey;
    /** SHA-256 of the canonical request, to tell a retry from a different request with a reused key. */
    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "created_at")
    public Instant createdAt;
    /** The rectification order this inspection re-checks (复查); null for a patrol. */
    @Column(name = "reinspection_order_id")
    public String reinspectionOrderId;

    @ElementCollection
    @CollectionTable(name = "inspection_item", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    public List<InspectionItemResult> items = new ArrayList<>();
}
