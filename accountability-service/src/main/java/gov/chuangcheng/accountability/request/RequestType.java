package gov.chuangcheng.accountability.request;

import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.platform.problem.ProblemException;
import java.time.Instant;

/**
 * What one kind of request does to its order. {@link OrderRequestService} files and decides every kind the same way
 * (the decision rule of {@link OrderRequest}); an implementation says when
 * the order admits the request and what filing, approving and rejecting it mean for the order.
 */
public interface RequestType {

    RequestKind kind();

    /**
     * Refuses (409, or 400 for a detail of {@code draft} that is wrong) a request that the order's state does not admit
     * at {@code now}; it may complete {@code draft} (e.g. a name looked up); changes nothing else.
     */
    void checkFiling(RectificationOrder order, OrderRequest draft, Instant now);

    /**
     * Refuses (409) a request that repeats one already filed: by default, while another of the same kind about the
     * order is pending.
     */
    default void checkNotDuplicate(RectificationOrder order, OrderRequest draft) {
        if (OrderRequest.count("orderId = ?1 and kind = ?2 and status = ?3", order.id(), kind(), RequestStatus.PENDING)
                > 0) {
            throw ProblemException.conflict("order " + order.number() + " already has a pending " + kind().noun());
        }
    }

    /** The request has just been stored: its history line, and anything filing it does to the order. */
    void filed(RectificationOrder order, OrderRequest request);

    /** Refuses (409) an approval that the order's state no longer admits; changes nothing. */
    default void checkApproval(RectificationOrder order) {}

    /** The office approved {@code request} (already decided) with {@code comment}. */
    void approved(RectificationOrder order, OrderRequest request, String comment);

    /** The office rejected {@code request} (already decided) with {@code comment}. */
    void rejected(RectificationOrder order, OrderRequest request, String comment);
}
