package gov.chuangcheng.accountability.request;

import gov.chuangcheng.accountability.rectification.OrderEvents;
import gov.chuangcheng.accountability.rectification.RectificationHistory;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationService;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.rectification.RectificationChangeRequested;
import gov.chuangcheng.events.rectification.RequestedChange;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * 缓办申请: while the order is neither closed nor suspended, the unit asks the office to stop its clock; approval
 * suspends the order (挂起, {@code cc.rectification.suspended.v1}) until the office resumes it.
 */
@ApplicationScoped
class SuspensionType implements RequestType {

    private final RectificationService orders;
    private final OrderEvents events;

    SuspensionType(RectificationService orders, OrderEvents events) {
        this.orders = orders;
        this.events = events;
    }

    @Override
    public RequestKind kind() {
        return RequestKind.SUSPENSION;
    }

    @Override
    public void checkFiling(RectificationOrder order, OrderRequest draft, Instant now) {
        order.checkSuspendable();
    }

    @Override
    public void filed(RectificationOrder order, OrderRequest r) {
        RectificationHistory.record(order, r.requestedAt, "SUSPENSION_REQUESTED", r.requestedBy, "申请缓办：" + r.reason);
        // the request waits for the office from now on: the office is told at once
        events.publish(
                EventCatalog.RECTIFICATION_CHANGE_REQUESTED,
                order,
                ref -> new RectificationChangeRequested(
                        ref,
                        r.id(),
                        RequestedChange.SUSPENSION,
                        null,
                        r.reason,
                        r.requestedBy,
                        events.at(r.requestedAt)));
    }

    @Override
    public void checkApproval(RectificationOrder order) {
        order.checkSuspendable();
    }

    @Override
    public void approved(RectificationOrder order, OrderRequest r, String comment) {
        RectificationHistory.record(
                order,
                r.decidedAt,
                "SUSPENSION_APPROVED",
                r.decidedBy,
                comment == null || comment.isBlank() ? r.reason : comment);
        orders.suspend(order, "缓办：" + r.reason, r.decidedBy);
    }

    @Override
    public void rejected(RectificationOrder order, OrderRequest r, String comment) {
        RectificationHistory.record(order, r.decidedAt, "SUSPENSION_REJECTED", r.decidedBy, comment);
    }
}
