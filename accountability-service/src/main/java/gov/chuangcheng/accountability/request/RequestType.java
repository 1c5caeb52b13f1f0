package gov.chuangcheng.accountability.request;

import gov.chuangcheng.accountability.rectification.RectificationOrder;
import java.time.Instant;

/**
 * What one kind of request does to its order. {@link OrderRequestService} files and decides every kind the same way
 * (one pending request of a kind per order, the decision rule of {@link OrderRequest}); an implementation says when
 * the order admits the request and what filing, approving and rejecting it mean for the order.
 */
public interface RequestType {

    RequestKind kind();

    /** Refuses (409) a request that the order's state does not admit at {@code now}; changes nothing. */
    void checkFiling(RectificationOrder order, Instant now);

    /** The request has just been stored: its history line, and anything filing it does to the order. */
    void filed(RectificationOrder order, OrderRequest request);

    /** Refuses (409) an approval that the order's state no longer admits; changes nothing. */
    default void checkApproval(RectificationOrder order) {}

    /** The office approved {@code request} (already decided) with {@code comment}. */
    void approved(RectificationOrder order, OrderRequest request, String comment);

    /** The office rejected {@code request} (already decided) with {@code comment}. */
    void rejected(RectificationOrder order, OrderRequest request, String comment);
}
