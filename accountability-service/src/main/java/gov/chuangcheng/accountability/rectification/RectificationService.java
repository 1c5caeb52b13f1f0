package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.rectification.AppealDecided;
import gov.chuangcheng.events.rectification.AppealDecision;
import gov.chuangcheng.events.rectification.Deduction;
import gov.chuangcheng.events.rectification.RectificationAcknowledged;
import gov.chuangcheng.events.rectification.RectificationAppealed;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationResumed;
import gov.chuangcheng.events.rectification.RectificationSubmitted;
import gov.chuangcheng.events.rectification.RectificationSuspended;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.security.UnitScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves rectification orders (整改单) as people act on them — the unit, the office, and the office's decisions on the
 * unit's requests: each method loads the order, calls one of its methods, records the history line and publishes the
 * event through the outbox, in one transaction. What inspections do to orders is {@link InspectionOutcomes}'.
 */
@ApplicationScoped
public class RectificationService {

    private final Orders orders;
    private final OrderEvents events;
    private final Clock clock;
    private final CalendarService calendars;
    private final OrderEscalation escalation;
    private final OfficeLevers levers;
    private final Verifications verifications;
    private final VerificationConfig verification;
    private final SubmissionPhotos photos;

    public RectificationService(
            Orders orders,
            OrderEvents events,
            Clock clock,
            CalendarService calendars,
            OrderEscalation escalation,
            OfficeLevers levers,
            Verifications verifications,
            VerificationConfig verification,
            SubmissionPhotos photos) {
        this.orders = orders;
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
        this.escalation = escalation;
        this.levers = levers;
        this.verifications = verifications;
        this.verification = verification;
        this.photos = photos;
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

    /**
     * The unit reports the problem fixed, with a description and evidence: an after-photo that is one of the order's
     * before-photos is refused (422, 重复照片), one reused on another order or taken long before its upload flagged; by
     * default its re-inspection (复查) is requested at once.
     */
    @Transactional
    public RectificationOrder submit(String id, UnitScope scope, String by, String description, List<String> evidence) {
        RectificationOrder order = orders.lock(id, scope);
        Instant now = clock.instant();
        order.submit(description, evidence, now);
        photos.refuseBeforePhotos(order, evidence);
        photos.flag(order, evidence, now);
        RectificationHistory.record(order, now, "SUBMITTED", by, description);
        events.publish(
                EventCatalog.RECTIFICATION_SUBMITTED,
                order,
                ref -> new RectificationSubmitted(ref, by, description, List.copyOf(evidence), events.at(now)));
        if (verification.autoRequest()) {
            verifications.request(order, "system");
        }
        return order;
    }

    /** The office asks for the re-inspection (复查) of a submitted order ({@link Verifications#request}). */
    @Transactional
    public RectificationOrder requestVerification(String id, UnitScope scope, String by) {
        return verifications.request(id, scope, by);
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

    /**
     * 施工挂起: stops the clock of every open order at {@code pointIds} that is not stopped already, as caused by
     * {@code ref}; returns the orders it stopped (one already suspended keeps its own suspension).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RectificationOrder> suspendAllAt(List<String> pointIds, String reason, String by, String ref) {
        List<RectificationOrder> stopped = new ArrayList<>();
        for (RectificationOrder order : orders.lockOpenAt(pointIds)) {
            if (!order.suspended()) {
                suspend(order, reason, by);
                order.suspendedBy(ref);
                stopped.add(order);
            }
        }
        return stopped;
    }

    /** Resumes every order still suspended by {@code ref}; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int resumeAllSuspendedBy(String ref, String by) {
        List<RectificationOrder> suspended = orders.lockSuspendedBy(ref);
        suspended.forEach(order -> resume(order, by));
        return suspended.size();
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

    /** 申诉: the unit's appeal {@code appealId} of {@code deduction} is filed; published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealed(
            RectificationOrder order,
            String appealId,
            String reason,
            List<String> evidenceIds,
            Deduction deduction,
            String by) {
        Instant now = clock.instant();
        RectificationHistory.record(
                order,
                now,
                "APPEALED",
                by,
                (deduction == null
                                ? ""
                                : "对扣"
                                        + deduction
                                                .points()
                                                .negate()
                                                .stripTrailingZeros()
                                                .toPlainString() + "分申诉：")
                        + reason
                        + (evidenceIds.isEmpty() ? "" : "（证据 " + String.join("、", evidenceIds) + "）"));
        events.publish(
                EventCatalog.RECTIFICATION_APPEALED,
                order,
                ref -> new RectificationAppealed(ref, appealId, reason, deduction, by, events.at(now)));
    }

    /**
     * 申诉成立 for one deduction: {@code reversal} (already recorded) undoes exactly it; the order keeps its level as
     * history and goes on. Published with both entries.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deductionAppealUpheld(
            RectificationOrder order,
            String appealId,
            String comment,
            Deduction deduction,
            Deduction reversal,
            String by) {
        Instant now = clock.instant();
        RectificationHistory.record(
                order,
                now,
                "APPEAL_UPHELD",
                by,
                "申诉成立，撤销扣" + deduction.points().negate().stripTrailingZeros().toPlainString() + "分"
                        + (comment == null || comment.isBlank() ? "" : "：" + comment)
                        + "；整改单的升级记录保留，整改继续办理");
        events.publish(
                EventCatalog.APPEAL_DECIDED,
                order,
                ref -> new AppealDecided(
                        ref, appealId, AppealDecision.UPHELD, comment, deduction, reversal, by, events.at(now)));
    }

    /**
     * 申诉成立 of an appeal filed before appeals named a deduction: the order is voided as not the unit's problem (closed, its pending steps cancelled, every deduction
     * reversed); the decision is published, then the closure ({@code cc.rectification.closed.v1}, closure VOIDED).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealUpheld(RectificationOrder order, String appealId, String comment, String by) {
        String reason = comment == null || comment.isBlank() ? "申诉成立" : "申诉成立：" + comment;
        levers.voided(
                order,
                reason,
                by,
                "APPEAL_UPHELD",
                now -> events.publish(
                        EventCatalog.APPEAL_DECIDED,
                        order,
                        ref -> new AppealDecided(ref, appealId, AppealDecision.UPHELD, comment, by, events.at(now))));
    }

    /** 申诉驳回 (final): published; the clock an old appeal stopped ({@code resume}) runs again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appealRejected(
            RectificationOrder order, String appealId, String comment, Deduction deduction, String by, boolean resume) {
        Instant now = clock.instant();
        RectificationHistory.record(order, now, "APPEAL_REJECTED", by, comment);
        events.publish(
                EventCatalog.APPEAL_DECIDED,
                order,
                ref -> new AppealDecided(
                        ref, appealId, AppealDecision.REJECTED, comment, deduction, null, by, events.at(now)));
        if (resume && order.suspended()) {
            resume(order, by);
        }
    }
}
