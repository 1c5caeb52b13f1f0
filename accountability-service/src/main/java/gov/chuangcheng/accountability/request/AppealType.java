package gov.chuangcheng.accountability.request;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.ledger.LedgerService;
import gov.chuangcheng.accountability.rectification.RectificationOrder;
import gov.chuangcheng.accountability.rectification.RectificationService;
import gov.chuangcheng.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * 申诉: the unit contests an order that is not closed, within the appeal window after its opening or its latest
 * deduction. Waiting on the decision does not stop the order's clock: a unit that disputes the problem still has its
 * deadline. Upheld (申诉成立), the order is voided and its deductions reversed; rejected, nothing changes — except for an
 * appeal filed when appeals still stopped the clock, whose clock runs again.
 */
@ApplicationScoped
class AppealType implements RequestType {

    private final RectificationService orders;
    private final LedgerService ledger;
    private final CalendarService calendars;
    private final AppealConfig config;
    private final ZoneId zone;

    AppealType(
            RectificationService orders,
            LedgerService ledger,
            CalendarService calendars,
            AppealConfig config,
            ZoneId zone) {
        this.orders = orders;
        this.ledger = ledger;
        this.calendars = calendars;
        this.config = config;
        this.zone = zone;
    }

    @Override
    public RequestKind kind() {
        return RequestKind.APPEAL;
    }

    @Override
    public void checkFiling(RectificationOrder order, Instant now) {
        order.checkNotClosed();
        Instant closesAt = AppealWindow.closesAt(
                order.openedAt(), ledger.lastDeduction(order.id()), config.windowWorkingDays(), calendars.calendar());
        if (now.isAfter(closesAt)) {
            throw ProblemException.conflict("the appeal window of order " + order.number() + " ("
                    + config.windowWorkingDays() + " working days after its opening or its latest deduction) closed "
                    + "at " + OffsetDateTime.ofInstant(closesAt, zone));
        }
    }

    @Override
    public void filed(RectificationOrder order, OrderRequest r) {
        r.suspendedOrder = false;
        orders.appealed(order, r.id, r.reason, r.evidence(), r.requestedBy);
    }

    @Override
    public void approved(RectificationOrder order, OrderRequest r, String comment) {
        orders.appealUpheld(order, r.id, comment, r.decidedBy);
    }

    @Override
    public void rejected(RectificationOrder order, OrderRequest r, String comment) {
        orders.appealRejected(order, r.id, comment, r.decidedBy, Boolean.TRUE.equals(r.suspendedOrder));
    }
}
