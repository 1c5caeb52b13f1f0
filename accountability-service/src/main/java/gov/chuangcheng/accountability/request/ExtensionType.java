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
 * 延期申请: while the unit has to act (待整改 or 已签收), it asks for more working days; approval moves the deadline by
 * them (from the current deadline, or from now when it has passed), clears the overdue flag, replaces the pending
 * escalation steps and publishes {@code cc.rectification.extended.v1}.
 */
@ApplicationScoped
class ExtensionType implements RequestType {

    private final RectificationService orders;
    private final OrderEvents events;

    ExtensionType(RectificationService orders, OrderEvents events) {
        this.orders = orders;
        this.events = events;
    }

    @Override
    public RequestKind kind() {
        return RequestKind.EXTENSION;
    }

    @Override
    public void checkFiling(RectificationOrder order, OrderRequest draft, Instant now) {
        order.checkExtendable();
    }

    @Override
    public void filed(RectificationOrder order, OrderRequest r) {
        RectificationHistory.record(
                order,
                r.requestedAt,
                "EXTENSION_REQUESTED",
                r.requestedBy,
                "申请延期" + r.workingDays + "个工作日：" + r.reason);
        // the request waits for the office from now on: the office is told at once
        events.publish(
                EventCatalog.RECTIFICATION_CHANGE_REQUESTED,
                order,
                ref -> new RectificationChangeRequested(
                        ref,
                        r.id(),
                        RequestedChange.EXTENSION,
                        r.workingDays,
                        r.reason,
                        r.requestedBy,
                        events.at(r.requestedAt)));
    }

    @Override
    public void approved(RectificationOrder order, OrderRequest r, String comment) {
        r.previousDeadline = orders.extend(order, r.workingDays, r.reason, comment, r.decidedBy);
        r.newDeadline = order.deadline();
    }

    @Override
    public void rejected(RectificationOrder order, OrderRequest r, String comment) {
        RectificationHistory.record(order, r.decidedAt, "EXTENSION_REJECTED", r.decidedBy, comment);
    }
}
