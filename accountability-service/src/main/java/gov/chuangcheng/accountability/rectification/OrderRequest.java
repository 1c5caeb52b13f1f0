package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Instant;

/**
 * What extension requests (延期申请), suspension requests (缓办申请) and appeals (申诉) share: the unit asks with a
 * reason, the office decides once, with its reason kept. Whoever filed a request never decides it (409), so an
 * office user who filed on behalf of a unit needs a colleague to decide.
 */
@MappedSuperclass
public abstract class OrderRequest extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "order_id")
    public String orderId;
    public String reason;
    @Column(name = "requested_by")
    public String requestedBy;
    @Column(name = "requested_at")
    public Instant requestedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_comment")
    public String decisionComment;

    /** Still waiting for the office's decision. */
    public abstract boolean pending();

    /** How the request stands, in Chinese (for the problem detail). */
    public abstract String statusName();

    /** What the request is called (for the problem detail). */
    protected abstract String kind();

    /**
     * Checks that {@code by} may decide the request now: it is pending (else 409) and {@code by} did not file it
     * (else 409). {@code comment} is required when {@code rejecting} (else 400). Changes nothing.
     */
    public void checkDecidable(String by, boolean rejecting, String comment) {
        if (!pending()) {
            throw ProblemException.conflict("the " + kind() + " is already decided: " + statusName());
        }
        if (by != null && by.equals(requestedBy)) {
            throw ProblemException.conflict("a " + kind() + " is not decided by whoever filed it (" + by + ")");
        }
        if (rejecting && (comment == null || comment.isBlank())) {
            throw ProblemException.invalid("comment", "is required when rejecting");
        }
    }

    /** Records the decision (after {@link #checkDecidable}); the status is the subclass's. */
    protected void decided(String by, Instant at, String comment) {
        decidedBy = by;
        decidedAt = at;
        decisionComment = comment;
    }
}
