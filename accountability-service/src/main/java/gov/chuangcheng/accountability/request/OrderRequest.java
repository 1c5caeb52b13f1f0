package gov.chuangcheng.accountability.request;

import gov.chuangcheng.accountability.storage.StringListConverter;
import gov.chuangcheng.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A unit's request about one of its orders (延期申请, 缓办申请, 申诉) and the office's decision: the unit asks with a
 * reason, the office decides once, with its reason kept. Whoever filed a request never decides it (409), so an office
 * user who filed on behalf of a unit needs a colleague to decide. What only one kind carries (working days and
 * deadlines of an extension; evidence of an appeal and whether it stopped the clock) is null for the others.
 */
@Entity
@Table(name = "order_request")
public class OrderRequest extends PanacheEntityBase {

    @Id
    String id;

    @Enumerated(EnumType.STRING)
    RequestKind kind;

    @Column(name = "order_id")
    String orderId;

    String reason;

    @Enumerated(EnumType.STRING)
    RequestStatus status;

    @Column(name = "requested_by")
    String requestedBy;

    @Column(name = "requested_at")
    Instant requestedAt;

    @Column(name = "decided_by")
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Column(name = "decision_comment")
    String decisionComment;
    /** An extension's working days, and the deadline it moved from and to once granted. */
    @Column(name = "working_days")
    Integer workingDays;

    @Column(name = "previous_deadline")
    Instant previousDeadline;

    @Column(name = "new_deadline")
    Instant newDeadline;
    /** An appeal that stopped the order's clock, so that deciding it starts the clock again. */
    @Column(name = "suspended_order")
    Boolean suspendedOrder;
    /** An appeal's evidence (photos, documents) for its grounds. */
    @Convert(converter = StringListConverter.class)
    @Column(name = "evidence_ids")
    List<String> evidenceIds;

    /** A dispute's unit that returned the order, the unit it named, and the unit the office settled on. */
    @Column(name = "disputing_unit_code")
    String disputingUnitCode;

    @Column(name = "claimed_unit_code")
    String claimedUnitCode;

    @Column(name = "claimed_unit_name")
    String claimedUnitName;

    @Column(name = "settled_unit_code")
    String settledUnitCode;

    @Column(name = "settled_unit_name")
    String settledUnitName;
    /** An appeal's contested ledger entry; null for appeals filed before appeals named one. */
    @Column(name = "ledger_entry_id")
    String ledgerEntryId;

    protected OrderRequest() {
        // for Hibernate
    }

    /** A new request of {@code kind} about order {@code orderId}, pending. */
    static OrderRequest file(RequestKind kind, String orderId, String reason, String by, Instant at) {
        OrderRequest r = new OrderRequest();
        r.id = UUID.randomUUID().toString();
        r.kind = kind;
        r.orderId = orderId;
        r.reason = reason;
        r.status = RequestStatus.PENDING;
        r.requestedBy = by;
        r.requestedAt = at;
        return r;
    }

    public String id() {
        return id;
    }

    /** Still waiting for the office's decision. */
    public boolean pending() {
        return status == RequestStatus.PENDING;
    }

    /** How the request stands, in Chinese, e.g. 待审批 or 申诉成立. */
    public String statusName() {
        return kind.statusName(status);
    }

    /**
     * Checks that {@code decider} may decide the request now: it is pending (else 409), {@code decider} did not file
     * it (else 409) and acts for the office (else 403); {@code comment} is required when rejecting (else 400). Changes
     * nothing.
     */
    public void checkDecidable(Decider decider, boolean approve, String comment) {
        if (!pending()) {
            throw ProblemException.conflict("the " + kind.noun() + " is already decided: " + statusName());
        }
        if (decider.username() != null && decider.username().equals(requestedBy)) {
            throw ProblemException.conflict(
                    "a " + kind.noun() + " is not decided by whoever filed it (" + decider.username() + ")");
        }
        if (!decider.office()) {
            throw ProblemException.forbidden("only the campaign office decides " + kind.noun() + "s");
        }
        if (!approve && (comment == null || comment.isBlank())) {
            throw ProblemException.invalid("comment", "is required when rejecting");
        }
    }

    /** Decides the request once ({@link #checkDecidable} first), keeping who, when and why. */
    void decide(Decider decider, boolean approve, Instant at, String comment) {
        checkDecidable(decider, approve, comment);
        status = approve ? RequestStatus.APPROVED : RequestStatus.REJECTED;
        decidedBy = decider.username();
        decidedAt = at;
        decisionComment = comment;
    }

    List<String> evidence() {
        return evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    void evidence(List<String> ids) {
        evidenceIds = new ArrayList<>(ids);
    }
}
