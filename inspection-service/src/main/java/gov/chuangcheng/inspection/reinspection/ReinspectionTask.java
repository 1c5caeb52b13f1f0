package gov.chuangcheng.inspection.reinspection;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.ReinspectionAssignment;
import gov.chuangcheng.events.inspection.ReinspectionRef;
import gov.chuangcheng.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A re-inspection (复查) an inspector has to make for a rectification order. Opened — or reopened after a failed
 * re-inspection — by {@code cc.rectification.verification-requested.v1}; done when a re-inspection is submitted,
 * withdrawn when the order stops waiting for it. It has at most one inspector at a time: from the patrol plan, claimed
 * from the pool (first claim wins), or assigned by the office; without one it waits in the pool (复查池).
 */
@Entity
@Table(name = "reinspection_task")
public class ReinspectionTask extends PanacheEntityBase {

    public enum Status {
        OPEN("待复查"),
        DONE("已复查"),
        /** the order no longer waits for this verification: sent back by the office, voided or merged */
        WITHDRAWN("已撤回");

        private final String displayName;

        Status(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    @Id
    @Column(name = "order_id")
    public String orderId;

    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "point_id")
    public UUID pointId;

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

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Column(name = "due_by")
    public Instant dueBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "inspection_id")
    public UUID inspectionId;

    /** The inspector who verifies it; null while it waits in the pool. */
    public String inspector;

    @Enumerated(EnumType.STRING)
    public ReinspectionAssignment assignment;

    @Column(name = "assigned_at")
    public Instant assignedAt;
    /** When it was flagged as falling due (once per request). */
    @Column(name = "due_soon_at")
    public Instant dueSoonAt;
    /** When its deadline passed without a result (逾期未复查; once per request): the office's lateness. */
    @Column(name = "overdue_at")
    public Instant overdueAt;

    @Version
    public long version;

    /** Opens (or reopens, after a failed verification) the task for a new request, back in the pool. */
    void reopen(Instant dueBy, Instant requestedAt) {
        this.dueBy = dueBy;
        this.requestedAt = requestedAt;
        status = Status.OPEN;
        inspectionId = null;
        inspector = null;
        assignment = null;
        assignedAt = null;
        dueSoonAt = null;
        overdueAt = null;
    }

    /**
     * Gives the task to {@code to}; returns the inspector it had. A claim (认领) takes only a task in the pool: the
     * second claimant gets 409 naming who has it.
     */
    String assign(String to, ReinspectionAssignment how, Instant at) {
        checkOpen();
        if (how == ReinspectionAssignment.CLAIMED && inspector != null) {
            throw ProblemException.conflict(
                    inspector.equals(to)
                            ? "您已认领整改单" + orderNumber + "的复查"
                            : "整改单" + orderNumber + "的复查已由督查员" + inspector + "认领或承担，不能重复认领");
        }
        if (to.equals(inspector)) {
            throw ProblemException.conflict("整改单" + orderNumber + "的复查已由督查员" + to + "承担");
        }
        String previous = inspector;
        inspector = to;
        assignment = how;
        assignedAt = at;
        return previous;
    }

    /**
     * Whether {@code by} may submit this re-inspection: it is open, and it is theirs or in the pool (submitting takes
     * it); an inspector cannot verify what another one holds.
     */
    void checkSubmittableBy(String by) {
        checkOpen();
        if (inspector != null && !inspector.equals(by)) {
            throw ProblemException.conflict("整改单" + orderNumber + "的复查由督查员" + inspector + "承担；如需改由您复查，请先由创城办改派");
        }
    }

    /** Done by {@code inspection}; a task taken from the pool becomes the submitter's. */
    void done(UUID inspection, String by, Instant at) {
        if (inspector == null) {
            inspector = by;
            assignment = ReinspectionAssignment.CLAIMED;
            assignedAt = at;
        }
        status = Status.DONE;
        inspectionId = inspection;
    }

    /** The order no longer waits for this verification. */
    void withdraw() {
        if (status == Status.OPEN) {
            status = Status.WITHDRAWN;
        }
    }

    private void checkOpen() {
        if (status != Status.OPEN) {
            throw ProblemException.conflict("整改单" + orderNumber + "的复查" + status.displayName()
                    + (inspectionId == null ? "" : "（复查记录" + inspectionId + "）"));
        }
    }

    /** Late: its deadline passed while it was still open. */
    public boolean late(Instant now) {
        return status == Status.OPEN && dueBy != null && now.isAfter(dueBy);
    }

    public ReinspectionRef ref() {
        return new ReinspectionRef(
                orderId,
                orderNumber,
                pointId.toString(),
                pointCode,
                pointName,
                standardCode,
                standardName,
                unitCode,
                dueBy == null ? null : OffsetDateTime.ofInstant(dueBy, ZoneOffset.UTC));
    }
}
