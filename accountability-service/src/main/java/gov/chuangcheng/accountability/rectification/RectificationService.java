package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.deadline.DeadlinePolicyService;
import gov.chuangcheng.accountability.ledger.LedgerService;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.inspection.ReinspectionFailed;
import gov.chuangcheng.events.inspection.ReinspectionPassed;
import gov.chuangcheng.events.rectification.AppealDecided;
import gov.chuangcheng.events.rectification.AppealDecision;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.RectificationAcknowledged;
import gov.chuangcheng.events.rectification.RectificationAppealed;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationResumed;
import gov.chuangcheng.events.rectification.RectificationSubmitted;
import gov.chuangcheng.events.rectification.RectificationSuspended;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.inbox.PoisonEventException;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Opens and moves rectification orders (整改单): each method loads the order, calls one of its methods, records the
 * history line and publishes the event through the outbox, in one transaction. A failure of a point × standard opens
 * an order, or — while an order of it is open — is recorded on that order and escalates it; a failure soon after an
 * episode closed opens a relapse (反弹) episode one rung up.
 */
@ApplicationScoped
public class RectificationService {

    private static final Logger LOG = Logger.getLogger(RectificationService.class);

    private final Orders orders;
    private final OrderEvents events;
    private final Clock clock;
    private final ZoneId zone;
    private final CalendarService calendars;
    private final OrderEscalation escalation;
    private final UnitDirectory directory;
    private final DeadlinePolicyService deadlines;
    private final EpisodeConfig episodes;
    private final LedgerService ledger;

    public RectificationService(
            Orders orders,
            OrderEvents events,
            Clock clock,
            ZoneId zone,
            CalendarService calendars,
            OrderEscalation escalation,
            UnitDirectory directory,
            DeadlinePolicyService deadlines,
            EpisodeConfig episodes,
            LedgerService ledger) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
        this.calendars = calendars;
        this.escalation = escalation;
        this.directory = directory;
        this.deadlines = deadlines;
        this.episodes = episodes;
        this.ledger = ledger;
    }

    /** Opens an order, escalates the open one of the same point × standard, or opens a relapse episode. */
    @Transactional
    public RectificationOrder onFailure(Failure f) {
        if (f.point() == null || f.point().id() == null || f.standardCode() == null) {
            throw new PoisonEventException("a failure needs a point id and a standard code");
        }
        if (f.point().responsibleUnitCode() == null) {
            throw new PoisonEventException("point " + f.point().id() + " has no responsible unit");
        }
        Instant now = clock.instant();
        Optional<RectificationOrder> open = orders.lockOpen(f.point().id(), f.standardCode());
        if (open.isPresent()) {
            RectificationOrder order = open.get();
            order.recordRepeatFailure(f.evidenceIds());
            RectificationHistory.record(
                    order,
                    now,
                    "REPEAT_FAILURE",
                    "system",
                    "整改期间再次发现（" + f.origin() + "）：" + (f.description() == null ? "" : f.description()));
            escalation.onFailure(order, EscalationReason.REPEAT_FAILURE, now);
            return order;
        }
        return open(f, now);
    }

    private RectificationOrder open(Failure f, Instant now) {
        Optional<RectificationOrder> previous =
                orders.closedByReinspectionSince(f.point().id(), f.standardCode(), now.minus(episodes.relapseWindow()));
        WorkingCalendar calendar = calendars.calendar();
        String unitName = directory
                .find(f.point().responsibleUnitCode())
                .map(u -> u.name())
                .orElse(f.point().responsibleUnitName());
        RectificationOrder order = RectificationOrder.open(
                UUID.randomUUID().toString(),
                orders.nextNumber(now.atZone(zone).getYear()),
                f,
                unitName,
                now,
                deadlines.deadline(f.severity(), f.standardCode(), now, calendar));
        previous.ifPresent(p -> order.relapseOf(p, escalation.ladder().relapseStart(p.level())));
        order.persist();
        RectificationHistory.record(
                order,
                now,
                "OPENED",
                "system",
                f.origin() + (order.relapse() ? "（销号后反弹，上一单 " + previous.get().number() + "）" : ""));
        events.publish(
                EventCatalog.RECTIFICATION_OPENED,
                order,
                ref -> new RectificationOpened(
                        ref,
                        order.source(),
                        order.sourceRef(),
                        order.description(),
                        order.evidenceIds(),
                        order.relapse(),
                        events.at(now)));
        if (order.relapse() && order.level() != previous.get().level()) {
            escalation.reached(order, previous.get().level(), EscalationReason.RELAPSE, now);
        }
        escalation.schedule(order, now, calendar);
        return order;
    }

    /** 签收: the responsible unit signs for the order. */
    @Transactional
    public RectificationOrder acknowledge(String id, UnitScope scope, String by) {
        RectificationOrder order = orders.lock(id, scope);
        Instant now = clock.instant();
        order.acknowledge();
        RectificationHistory.record(order, now, "ACKNOWLEDGED", by, null);
        events.publish(
                EventCatalog.RECTIFICATION_ACKNOWLEDGED,
                order,
                ref -> new RectificationAcknowledged(ref, by, events.at(now)));
        return order;
    }

    /** The unit reports the problem fixed, with a description and evidence. */
    @Transactional
    public RectificationOrder submit(String id, UnitScope scope, String by, String description, List<String> evidence) {
        RectificationOrder order = orders.lock(id, scope);
        Instant now = clock.instant();
        order.submit(description, evidence, now);
        RectificationHistory.record(order, now, "SUBMITTED", by, description);
        events.publish(
                EventCatalog.RECTIFICATION_SUBMITTED,
                order,
                ref -> new RectificationSubmitted(ref, by, description, List.copyOf(evidence), events.at(now)));
        return order;
    }

    /** The office asks for the re-inspection (复查) of a submitted order. */
    @Transactional
    public RectificationOrder requestVerification(String id, UnitScope scope, String by) {
        RectificationOrder order = orders.lock(id, scope);
        Instant now = clock.instant();
        order.requestVerification();
        Instant dueBy = calendars.calendar().deadlineAfterWorkingDays(now, episodes.verificationWorkingDays());
        RectificationHistory.record(order, now, "VERIFICATION_REQUESTED", by, "复查期限 " + events.at(dueBy));
        events.publish(
                EventCatalog.VERIFICATION_REQUESTED,
                order,
                ref -> new VerificationRequested(ref, events.at(dueBy), events.at(now)));
        return order;
    }

    /** 销号: the re-inspection passed. */
    @Transactional
    public void onReinspectionPassed(ReinspectionPassed e) {
        RectificationOrder order = orders.lockForEvent(e.orderId());
        if (!order.allows(RectificationAction.PASS_REINSPECTION)) {
            LOG.warnf(
                    "order %s is %s: re-inspection %s passed, nothing to close",
                    order.number(), order.status(), e.inspectionId());
            return;
        }
        Instant now = clock.instant();
        order.close(Closure.REINSPECTION, now, calendars.calendar());
        escalation.cancelPending(order);
        RectificationHistory.record(
                order,
                now,
                "CLOSED",
                e.inspector() == null ? "system" : e.inspector(),
                "复查通过（" + e.inspectionId() + "）" + (order.onTime() ? "，按期整改" : "，逾期整改"));
        events.publish(
                EventCatalog.RECTIFICATION_CLOSED,
                order,
                ref -> new RectificationClosed(
                        ref, e.inspector(), order.onTime(), events.at(now), Closure.REINSPECTION));
    }

    /** 复查未通过: back to the unit with a new deadline, one more failure and its escalation. */
    @Transactional
    public void onReinspectionFailed(ReinspectionFailed e) {
        RectificationOrder order = orders.lockForEvent(e.orderId());
        if (!order.allows(RectificationAction.FAIL_REINSPECTION)) {
            LOG.warnf(
                    "order %s is %s: re-inspection %s failed, nothing to send back",
                    order.number(), order.status(), e.inspectionId());
            return;
        }
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.calendar();
        order.sendBack(
                deadlines.deadline(order.severity(), order.standardCode(), now, calendar),
                e.evidenceIds(),
                now,
                calendar);
        RectificationHistory.record(
                order,
                now,
                "REINSPECTION_FAILED",
                e.inspector() == null ? "system" : e.inspector(),
                "复查未通过（" + e.inspectionId() + "）" + (e.remark() == null ? "" : "：" + e.remark()));
        escalation.cancelPending(order);
        escalation.onFailure(order, EscalationReason.REINSPECTION_FAILED, now);
        escalation.schedule(order, now, calendar);
    }

    /** 挂起: the office stops the order's clock; pending escalation steps are cancelled. */
    @Transactional
    public RectificationOrder suspend(String id, String reason, String by) {
        RectificationOrder order = orders.lock(id, UnitScope.all());
        suspend(order, reason, by);
        return order;
    }

    /** 挂起 an order the caller holds locked (an approved 缓办, a pending appeal). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void suspend(RectificationOrder order, String reason, String by) {
        Instant now = clock.instant();
        order.suspend(reason, now, calendars.calendar());
        escalation.cancelPending(order);
        RectificationHistory.record(order, now, "SUSPENDED", by, reason);
        events.publish(
                EventCatalog.RECTIFICATION_SUSPENDED,
                order,
                ref -> new RectificationSuspended(ref, reason, by, events.at(now)));
    }

    /** The clock runs again: the order gets the office time it had left, and its escalation steps anew. */
    @Transactional
    public RectificationOrder resume(String id, String by) {
        RectificationOrder order = orders.lock(id, UnitScope.all());
        resume(order, by);
        return order;
    }

    /** {@link #resume(String, String)} of an order the caller holds locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resume(RectificationOrder order, String by) {
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.calendar();
        order.resume(now, calendar);
        if (order.status() != RectificationStatus.CLOSED) {
            escalation.schedule(order, now, calendar);
        }
        RectificationHistory.record(order, now, "RESUMED", by, "新期限 " + events.at(order.deadline()));
        events.publish(
                EventCatalog.RECTIFICATION_RESUMED, order, ref -> new RectificationResumed(ref, by, events.at(now)));
    }

    /**
     * 延期 granted: the deadline moves by {@code workingDays}, the overdue flag clears, the pending escalation steps are
     * replaced. Returns the deadline the order had.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant extend(RectificationOrder order, int workingDays, String reason, String comment, String by) {
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.calendar();
        Instant previous = order.extend(workingDays, now, calendar);
        escalation.cancelPending(order);
        escalation.schedule(order, now, calendar);
        RectificationHistory.record(
                order,
                now,
                "EXTENDED",
                by,
                "延期至 " + events.at(order.deadline()) + (comment == null || comment.isBlank() ? "" : "：" + comment));
        events.publish(
                EventCatalog.RECTIFICATION_EXTENDED,
                order,
                ref -> new RectificationExtended(
                        ref, events.at(previous), events.at(order.deadline()), reason, by, events.at(now)));
        return previous;
    }

    /** 申诉: the unit's appeal {@code appealId} against the order is filed; published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealed(
            RectificationOrder order, String appealId, String reason, List<String> evidenceIds, String by) {
        Instant now = clock.instant();
        RectificationHistory.record(
                order,
                now,
                "APPEALED",
                by,
                reason + (evidenceIds.isEmpty() ? "" : "（证据 " + String.join("、", evidenceIds) + "）"));
        events.publish(
                EventCatalog.RECTIFICATION_APPEALED,
                order,
                ref -> new RectificationAppealed(ref, appealId, reason, by, events.at(now)));
    }

    /**
     * 申诉成立: the order is withdrawn (closed, its pending steps cancelled) and every deduction it caused is reversed
     * in the ledger; consumers learn of every closure from {@code cc.rectification.closed.v1}, and from its closure
     * that nothing was fixed (no on-time rectification to count).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealUpheld(RectificationOrder order, String appealId, String comment, String by) {
        Instant now = clock.instant();
        order.close(Closure.APPEAL_UPHELD, now, calendars.calendar());
        escalation.cancelPending(order);
        RectificationHistory.record(order, now, "APPEAL_UPHELD", by, comment);
        ledger.reverseOrder(events.ref(order), "申诉成立");
        events.publish(
                EventCatalog.APPEAL_DECIDED,
                order,
                ref -> new AppealDecided(ref, appealId, AppealDecision.UPHELD, comment, by, events.at(now)));
        events.publish(
                EventCatalog.RECTIFICATION_CLOSED,
                order,
                ref -> new RectificationClosed(ref, by, order.onTime(), events.at(now), Closure.APPEAL_UPHELD));
    }

    /** 申诉驳回: published; the clock the appeal stopped ({@code resume}) runs again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealRejected(RectificationOrder order, String appealId, String comment, String by, boolean resume) {
        Instant now = clock.instant();
        RectificationHistory.record(order, now, "APPEAL_REJECTED", by, comment);
        events.publish(
                EventCatalog.APPEAL_DECIDED,
                order,
                ref -> new AppealDecided(ref, appealId, AppealDecision.REJECTED, comment, by, events.at(now)));
        if (resume && order.suspended()) {
            resume(order, by);
        }
    }
}
