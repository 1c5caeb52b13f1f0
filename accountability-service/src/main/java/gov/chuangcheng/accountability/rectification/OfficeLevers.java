package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.ledger.LedgerService;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.OrderLink;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.problem.Versions;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The campaign office's own levers on an order, each with a reason, a history line, its ledger entries and its event:
 * escalate by hand (督办, e.g. on a leader's instruction 领导批示), void (作废 / 不属实: every deduction reversed) and
 * merge two orders about one problem (合并: one lives on with both histories' evidence, the other closes as merged with
 * its deductions reversed). The office corrects directly; it does not file the unit's requests.
 */
@ApplicationScoped
public class OfficeLevers {

    private final Orders orders;
    private final OrderEvents events;
    private final Clock clock;
    private final CalendarService calendars;
    private final OrderEscalation escalation;
    private final LedgerService ledger;

    public OfficeLevers(
            Orders orders,
            OrderEvents events,
            Clock clock,
            CalendarService calendars,
            OrderEscalation escalation,
            LedgerService ledger) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
        this.escalation = escalation;
        this.ledger = ledger;
    }

    /**
     * 人工督办: one rung up, or up to {@code target}. Like every lever, it needs the order's ETag in {@code ifMatch}:
     * the office acts on the order it read (428 without, 412 when it changed since).
     */
    @Transactional
    public RectificationOrder escalate(String id, EscalationLevel target, String reason, String by, String ifMatch) {
        RectificationOrder order = locked(id, ifMatch);
        Instant now = clock.instant();
        escalation.byHand(order, target, by, reason, now);
        return order;
    }

    /** 作废 (不属实): closed as voided, its pending steps cancelled, every deduction on it reversed. */
    @Transactional
    public RectificationOrder voidOrder(String id, String reason, String by, String ifMatch) {
        RectificationOrder order = locked(id, ifMatch);
        voided(order, reason, by, "VOIDED");
        return order;
    }

    /** Voids an order the caller holds locked; {@code action} names the history line (作废, 申诉成立). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voided(RectificationOrder order, String reason, String by, String action) {
        voided(order, reason, by, action, at -> {});
    }

    /**
     * {@link #voided(RectificationOrder, String, String, String)}, publishing what {@code decided} publishes (an
     * appeal's decision) just before the closure, so that consumers read the decision, then its consequence.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void voided(RectificationOrder order, String reason, String by, String action, Consumer<Instant> decided) {
        Instant now = clock.instant();
        order.voidOrder(reason, now, calendars.calendar());
        escalation.cancelPending(order);
        RectificationHistory.record(order, now, action, by, "经核实不属实，作废" + (reason == null ? "" : "：" + reason));
        ledger.reverseOrder(events.ref(order), "整改单" + order.number() + "作废", by);
        decided.accept(now);
        events.publish(
                EventCatalog.RECTIFICATION_CLOSED,
                order,
                ref -> new RectificationClosed(
                        ref, by, false, events.at(now), Closure.VOIDED, reason, null, null, null));
    }

    /**
     * 合并: order {@code id} is closed as merged into {@code intoId}, which takes over its evidence and reports. Both are
     * locked in id order, so two merges of the same pair the other way round cannot deadlock.
     */
    @Transactional
    public RectificationOrder merge(String id, String intoId, String reason, String by, String ifMatch) {
        RectificationOrder merged;
        RectificationOrder survivor;
        if (id.compareTo(intoId) <= 0) {
            merged = locked(id, ifMatch);
            survivor = orders.lock(intoId, UnitScope.all());
        } else {
            survivor = orders.lock(intoId, UnitScope.all());
            merged = locked(id, ifMatch);
        }
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.calendar();
        merged.mergeInto(survivor, reason, now, calendar);
        escalation.cancelPending(merged);
        RectificationHistory.record(
                merged, now, "MERGED", by, "已合并至工单" + survivor.number() + (reason == null ? "" : "：" + reason));
        RectificationHistory.record(
                survivor,
                now,
                "MERGED_IN",
                by,
                "并入工单" + merged.number() + "的线索与证据，反映次数" + survivor.reports() + (reason == null ? "" : "：" + reason));
        ledger.reverseOrder(events.ref(merged), "整改单" + merged.number() + "已合并至" + survivor.number(), by);
        events.publish(
                EventCatalog.RECTIFICATION_CLOSED,
                merged,
                ref -> new RectificationClosed(
                        ref,
                        by,
                        false,
                        events.at(now),
                        Closure.MERGED,
                        reason,
                        new OrderLink(survivor.id(), survivor.number()),
                        null,
                        null));
        return merged;
    }

    private RectificationOrder locked(String id, String ifMatch) {
        RectificationOrder order = orders.lock(id, UnitScope.all());
        Versions.requireMatch(ifMatch, order.version());
        return order;
    }
}
