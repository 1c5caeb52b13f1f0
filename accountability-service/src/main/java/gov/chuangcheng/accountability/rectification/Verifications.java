package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.inspection.ReinspectionAssigned;
import gov.chuangcheng.events.rectification.RectificationSentBack;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * The request for a fix's verification (复查) and what comes before its result: the request itself — with the
 * submission by default ({@link VerificationConfig#autoRequest()}) — the office sending a submission back (退回), and
 * who verifies it ({@code cc.reinspection.assigned.v1}). The result itself is {@link OrderVerification}'s.
 */
@ApplicationScoped
public class Verifications {

    private final Orders orders;
    private final OrderEvents events;
    private final Clock clock;
    private final CalendarService calendars;
    private final OrderEscalation escalation;
    private final EpisodeConfig episodes;

    public Verifications(
            Orders orders,
            OrderEvents events,
            Clock clock,
            CalendarService calendars,
            OrderEscalation escalation,
            EpisodeConfig episodes) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
        this.escalation = escalation;
        this.episodes = episodes;
    }

    /**
     * The office asks for the re-inspection of a submitted order; an order already waiting for one is left as it is
     * (the request it has stands, with its due date).
     */
    @Transactional
    public RectificationOrder request(String id, UnitScope scope, String by) {
        RectificationOrder order = orders.lock(id, scope);
        if (!order.verifying()) {
            request(order, by);
        }
        return order;
    }

    /** Requests the re-inspection of an order the caller holds locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(RectificationOrder order, String by) {
        Instant now = clock.instant();
        order.requestVerification();
        Instant dueBy = calendars.calendar().deadlineAfterWorkingDays(now, episodes.verificationWorkingDays());
        RectificationHistory.record(order, now, "VERIFICATION_REQUESTED", by, "复查期限" + events.written(dueBy));
        events.publish(
                EventCatalog.VERIFICATION_REQUESTED,
                order,
                ref -> new VerificationRequested(ref, events.at(dueBy), events.at(now)));
    }

    /**
     * 退回: the office sends a submitted fix back before it is verified, with a reason. The unit has the office time
     * it had left at the submission again; the ladder resumes from now.
     */
    @Transactional
    public RectificationOrder sendBack(String id, String reason, String by) {
        RectificationOrder order = orders.lock(id, UnitScope.all());
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.calendar();
        order.returnSubmission(now, calendar);
        escalation.cancelPending(order);
        escalation.schedule(order, now, calendar);
        RectificationHistory.record(
                order, now, "SENT_BACK", by, "退回整改：" + reason + "；整改时限" + events.written(order.deadline()));
        events.publish(
                EventCatalog.RECTIFICATION_SENT_BACK,
                order,
                ref -> new RectificationSentBack(ref, reason, by, events.at(now)));
        return order;
    }

    /** Who verifies the order now: that inspector may read it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void assigned(ReinspectionAssigned event) {
        if (event.reinspection() == null || event.reinspection().orderId() == null) {
            return;
        }
        RectificationOrder order =
                RectificationOrder.findById(event.reinspection().orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order != null) {
            order.verifiedBy(event.inspector());
        }
    }
}
