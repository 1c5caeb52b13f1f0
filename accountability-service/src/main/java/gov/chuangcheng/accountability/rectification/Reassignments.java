package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.deadline.DeadlinePolicyService;
import gov.chuangcheng.accountability.ledger.LedgerService;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.rectification.RectificationReassigned;
import gov.chuangcheng.events.rectification.ResponsibilitySettled;
import gov.chuangcheng.events.rectification.UnitLink;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * 改派 and 确权: the office moves an order to the unit that answers for it — deciding a dispute or directly — and
 * settles that unit for the order's point × standard. The new unit gets a fresh deadline counted from the move and the
 * ladder from its first rung; the first unit's deductions on the order are reversed, because the problem was never its
 * own. The move is not a closure: the episode goes on.
 */
@ApplicationScoped
public class Reassignments {

    private final Orders orders;
    private final OrderEvents events;
    private final Clock clock;
    private final CalendarService calendars;
    private final OrderEscalation escalation;
    private final LedgerService ledger;
    private final DeadlinePolicyService deadlines;
    private final UnitDirectory directory;

    public Reassignments(
            Orders orders,
            OrderEvents events,
            Clock clock,
            CalendarService calendars,
            OrderEscalation escalation,
            LedgerService ledger,
            DeadlinePolicyService deadlines,
            UnitDirectory directory) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
        this.escalation = escalation;
        this.ledger = ledger;
        this.deadlines = deadlines;
        this.directory = directory;
    }

    /** 改派 by the office's hand, on the order it read ({@code ifMatch}); {@code settle} also settles 确权. */
    @Transactional
    public RectificationOrder reassign(
            String id, String toUnitCode, String reason, boolean settle, String by, String ifMatch) {
        RectificationOrder order = orders.lock(id, UnitScope.all());
        Versions.requireMatch(ifMatch, order.version());
        move(order, toUnitCode, reason, settle, null, by);
        return order;
    }

    /**
     * Moves an order the caller holds locked to {@code toUnitCode} (400 when it is not an active unit of the
     * directory): history, reversal of its deductions, a fresh deadline and ladder, {@code cc.rectification.reassigned.v1}
     * and, when {@code settle}, {@code cc.responsibility.settled.v1}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(
            RectificationOrder order, String toUnitCode, String reason, boolean settle, String disputeId, String by) {
        UnitLink to = activeUnit("unitCode", toUnitCode);
        UnitLink from = new UnitLink(order.unitCode(), order.unitName());
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.calendar();
        Instant deadline = deadlines.deadline(order.severity(), order.standardCode(), now, calendar);
        order.reassign(to.code(), to.name(), deadline, now);
        escalation.cancelPending(order);
        escalation.schedule(order, now, calendar);
        ledger.reverseOrder(events.ref(order), "整改单" + order.number() + "由" + from.name() + "改派至" + to.name(), by);
        RectificationHistory.record(
                order,
                now,
                "REASSIGNED",
                by,
                "由" + from.name() + "改派至" + to.name() + "：" + reason + "；新期限 " + events.at(deadline));
        events.publish(
                EventCatalog.RECTIFICATION_REASSIGNED,
                order,
                ref -> new RectificationReassigned(ref, from, to, reason, settle, disputeId, by, events.at(now)));
        if (settle) {
            settle(order, reason, by);
        }
    }

    /** 确权: the order's unit answers for its point × standard from now on; inspection-service routes there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(RectificationOrder order, String reason, String by) {
        Instant now = clock.instant();
        UnitLink unit = new UnitLink(order.unitCode(), order.unitName());
        RectificationHistory.record(
                order, now, "RESPONSIBILITY_SETTLED", by, "确权：点位" + order.pointName() + "的该项标准由" + unit.name() + "负责");
        events.publish(
                EventCatalog.RESPONSIBILITY_SETTLED,
                order,
                ref -> new ResponsibilitySettled(ref, unit, reason, by, events.at(now)));
    }

    /** The directory's unit {@code code}, as events name it; 400 on {@code field} when there is no such active unit. */
    public UnitLink activeUnit(String field, String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalid(field, "请填写单位编码");
        }
        UnitUpserted unit = directory
                .find(code)
                .filter(UnitUpserted::active)
                .orElseThrow(() -> ProblemException.invalid(field, "单位" + code + "不在单位名录中或已停用"));
        return new UnitLink(unit.code(), unit.name());
    }
}
