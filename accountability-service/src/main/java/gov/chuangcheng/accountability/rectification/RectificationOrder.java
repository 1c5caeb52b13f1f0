package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** A rectification order (整改单) of one point × standard for its responsible unit. */
@Entity
@Table(name = "rectification_order")
public class RectificationOrder extends PanacheEntityBase {

    /** Times in events carry the district's offset. */
    public static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

    @Id
    public String id;
    public String number;
    @Column(name = "point_id")
    public String pointId;
    @Column(name = "point_code")
    public String pointCode;
    @Column(name = "point_name")
    public String pointName;
    @Column(name = "standard_code")
    public String standardCode;
    @Column(name = "standard_name")
    public String standardName;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "unit_name")
    public String unitName;
    @Enumerated(EnumType.STRING)
    public Severity severity;
    @Enumerated(EnumType.STRING)
    public OrderSource source;
    @Column(name = "source_ref")
    public String sourceRef;
    public String description;
    @Convert(converter = StringListConverter.class)
    @Column(name = "evidence_ids")
    public List<String> evidenceIds = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public RectificationStatus status;
    @Enumerated(EnumType.STRING)
    public EscalationLevel level;
    public boolean relapse;
    @Column(name = "relapse_of")
    public String relapseOf;
    /** Failures of the item in this episode: the one that opened it, repeats, failed re-inspections. */
    public int failures;
    /** Re-inspections (复查) of this order that failed: rework (返工). */
    @Column(name = "reinspection_failures")
    public int reinspectionFailures;
    public boolean overdue;
    @Column(name = "opened_at")
    public Instant openedAt;
    public Instant deadline;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    public String submission;
    @Convert(converter = StringListConverter.class)
    @Column(name = "submission_evidence_ids")
    public List<String> submissionEvidenceIds;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "on_time")
    public Boolean onTime;
    /** Office time from opening to 销号 on the working calendar of the day it closed, for the mean time to rectify. */
    @Column(name = "office_seconds_to_close")
    public Long officeSecondsToClose;
    /** Closed because the office upheld the unit's appeal (申诉成立), not by a re-inspection; rates leave it out. */
    @Column(name = "closed_by_appeal")
    public boolean closedByAppeal;
    /** Set while the order's clock is stopped (挂起). */
    @Column(name = "suspended_at")
    public Instant suspendedAt;
    @Column(name = "suspension_reason")
    public String suspensionReason;
    /** Office time the order had left when it was suspended. */
    @Column(name = "suspended_remaining_seconds")
    public Long suspendedRemainingSeconds;
    @Version
    public long version;

    public boolean suspended() {
        return suspendedAt != null;
    }

    public OrderRef ref() {
        return new OrderRef(id, number, pointId, pointCode, pointName, standardCode, standardName, unitCode, unitName,
                severity, suspended() ? null : at(deadline), level);
    }

    public String episodeKey() {
        return pointId + ":" + standardCode;
    }

    public static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, DISTRICT);
    }
}
