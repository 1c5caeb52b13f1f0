package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.deadline.DeadlinePolicyService;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.calendar.WrittenDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * The result of verifying a unit's fix, whoever verified it: the re-inspection the office asked for (复查) or a patrol
 * that inspected the standard after the submission. Passed, the order closes as fixed; failed, it goes back to the
 * unit with the standard's allowance again from the send-back (a fresh deadline) — the rung it climbed and its rework
 * count stay, and no rung is added: the clock alone climbs.
 */
@ApplicationScoped
public class OrderVerification {

    private final OrderEvents events;
    private final CalendarService calendars;
    private final OrderEscalation escalation;
    private final DeadlinePolicyService deadlines;

    public OrderVerification(
            OrderEvents events,
            CalendarService calendars,
            OrderEscalation escalation,
            DeadlinePolicyService deadlines) {
        this.events = events;
        this.calendars = calendars;
        this.escalation = escalation;
        this.deadlines = deadlines;
    }

    /** 销号: the fix is verified by {@code inspector} in inspection {@code inspectionId} ({@code how} for the history). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void passed(RectificationOrder order, String inspectionId, String inspector, String how, Instant now) {
        order.closeFixed(now, calendars.calendar());
        escalation.cancelPending(order);
        RectificationHistory.record(
                order,
                now,
                "CLOSED",
                inspector == null ? "system" : inspector,
                how + "通过（" + inspectionId + "）" + (order.onTime() ? "，按期整改" : "，逾期整改"));
        events.publish(
                EventCatalog.RECTIFICATION_CLOSED,
                order,
                ref -> new RectificationClosed(
                        ref,
                        inspector,
                        order.onTime(),
                        events.at(now),
                        Closure.REINSPECTION,
                        null,
                        null,
                        order.submission(),
                        order.submissionEvidenceIds() == null ? List.of() : order.submissionEvidenceIds()));
    }

    /** 复查未通过 / 返工: back to the unit with a fresh deadline from now; its pending steps are replaced. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(
            RectificationOrder order,
            String inspectionId,
            String inspector,
            String how,
            String remark,
            List<String> evidence,
            Instant now) {
        WorkingCalendar calendar = calendars.calendar();
        order.sendBack(
                deadlines.deadline(order.severity(), order.standardCode(), now, calendar), evidence, now, calendar);
        RectificationHistory.record(
                order,
                now,
                "REINSPECTION_FAILED",
                inspector == null ? "system" : inspector,
                how + "未通过（" + inspectionId + "），退回重新整改，新期限" + WrittenDates.of(order.deadline(), calendar.zone())
                        + (remark == null || remark.isBlank() ? "" : "：" + remark));
        escalation.cancelPending(order);
        escalation.schedule(order, now, calendar);
    }
}
