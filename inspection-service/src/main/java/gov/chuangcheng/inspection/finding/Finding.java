package gov.chuangcheng.inspection.finding;

import gov.chuangcheng.events.evaluation.PointType;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A problem found at a position: an inspector's finding (巡查发现 / 随手拍), or a public report outside every grid
 * waiting for the office (待派遣). It goes to a point by routing, or by the office's dispatch.
 */
@Entity
@Table(name = "finding")
public class Finding extends PanacheEntityBase {

    @Schema(name = "FindingStatus")
    public enum Status {
        /** Routed to a point and published. */
        ROUTED("已转责任单位"),
        /** Outside every grid: the office decides who answers. */
        PENDING_DISPATCH("待创城办派遣"),
        /** Dispatched by the office to a unit, and published. */
        DISPATCHED("已派遣");

        private final String displayName;

        Status(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    @Id
    public UUID id;

    /** {@code inspection} for inspectors, else the reporting system of an Open311 request. */
    public String channel;

    /** What the published problem names as its request: this finding's id, or the Open311 request's. */
    @Column(name = "request_id")
    public UUID requestId;

    public String inspector;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "item_code")
    public String itemCode;

    @Column(name = "standard_code")
    public String standardCode;

    /** The point types whose checklists have the item, comma-separated in {@link PointType} order. */
    @Column(name = "point_types")
    public String pointTypes;

    /** WGS-84. */
    public double latitude;

    /** WGS-84. */
    public double longitude;

    /** The position as reported (an Open311 request's lat/long), published as it came. */
    @Column(name = "reported_lat")
    public Double reportedLat;

    @Column(name = "reported_lon")
    public Double reportedLon;

    public String description;

    /** Evidence ids (inspectors) or media URLs (reports), comma-separated. */
    @Column(name = "evidence_ids")
    public String evidenceIds = "";

    @Column(name = "found_at")
    public Instant foundAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "point_id")
    public UUID pointId;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "dispatched_by")
    public String dispatchedBy;

    @Column(name = "dispatched_at")
    public Instant dispatchedAt;

    @Column(name = "dispatch_comment")
    public String dispatchComment;

    @Column(name = "created_at")
    public Instant createdAt;

    public gov.chuangcheng.inspection.point.LatLon position() {
        return new gov.chuangcheng.inspection.point.LatLon(latitude, longitude);
    }

    public List<PointType> types() {
        return Arrays.stream(pointTypes.split(",")).map(PointType::valueOf).toList();
    }

    public List<String> evidence() {
        return evidenceIds == null || evidenceIds.isEmpty() ? List.of() : List.of(evidenceIds.split(","));
    }

    /** Went to a point. */
    void routed(UUID point, String unit) {
        this.status = Status.ROUTED;
        this.pointId = point;
        this.unitCode = unit;
    }

    /** The office dispatched it to a unit; only a finding waiting for dispatch can be. */
    void dispatch(UUID point, String unit, String by, String comment, Instant at) {
        if (status != Status.PENDING_DISPATCH) {
            throw new IllegalStateException("finding " + id + " is " + status + ", not waiting for dispatch");
        }
        this.status = Status.DISPATCHED;
        this.pointId = point;
        this.unitCode = unit;
        this.dispatchedBy = by;
        this.dispatchComment = comment;
        this.dispatchedAt = at;
    }
}
