package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.calendar.CalendarService;
import gov.chuangcheng.accountability.deadline.DeadlinePolicyService;
import gov.chuangcheng.accountability.escalation.EscalationService;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.events.inspection.ReinspectionFailed;
import gov.chuangcheng.events.inspection.ReinspectionPassed;
import gov.chuangcheng.accountability.ledger.LedgerService;
import gov.chuangcheng.events.rectification.AppealDecided;
import gov.chuangcheng.events.rectification.AppealDecision;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.events.rectification.RectificationAppealed;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.events.rectification.RectificationAcknowledged;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationResumed;
import gov.chuangcheng.events.rectification.RectificationSuspended;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationSubmitted;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.inbox.PoisonEventException;
import gov.chuangcheng.platform.outbox.Outbox;
import gov.chuangcheng.platform.paging.Page;
import gov.chuangcheng.platform.paging.PageRequest;
import gov.chuangcheng.platform.problem.ProblemException;
import gov.chuangcheng.platform.security.UnitScope;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Rectification orders (整改单) and their episodes. A failure of a point × standard opens an order, or — while an
 * order of it is open — is recorded on that order and escalates it; a failure soon after an episode closed opens a
 * relapse (反弹) episode one rung up. Every state change publishes its event through the outbox.
 */
@ApplicationScoped
public class RectificationService {

    private static final Logger LOG = Logger.getLogger(RectificationService.class);

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final CalendarService calendars;
    private final EscalationService escalations;
    private final UnitDirectory directory;
    private final DeadlinePolicyService deadlines;
    private final EpisodeConfig episodes;
    private final AppealConfig appeals;
    private final LedgerService ledger;

    public RectificationService(EntityManager em, Outbox outbox, Clock clock, CalendarService calendars,
                                EscalationService escalations, UnitDirectory directory,
                                DeadlinePolicyService deadlines, EpisodeConfig episodes, AppealConfig appeals,
                                LedgerService ledger) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.calendars = calendars;
        this.escalations = escalations;
        this.directory = directory;
        this.deadlines = deadlines;
        this.episodes = episodes;
        this.appeals = appeals;
        this.ledger = ledger;
    }

    /** A failed item or a routed public report, as far as orders are concerned. */
    public record Failure(PointRef point, String standardCode, String standardName, Severity severity,
                          OrderSource source, String sourceRef, String description, List<String> evidenceIds) {
    }

    public static Failure failureOf(ItemFailed e) {
        String description = e.checkText() == null ? e.remark()
                : e.remark() == null || e.remark().isBlank() ? e.checkText() : e.checkText() + "：" + e.remark();
        return new Failure(e.point(), e.standardCode(), e.standardName(), e.severity(), OrderSource.INSPECTION,
                e.inspectionId(), description, e.evidenceIds());
    }

    public static Failure failureOf(ProblemReported e) {
        return new Failure(e.point(), e.standardCode(), e.standardName(), e.severity(), OrderSource.PROBLEM_REPORT,
                e.requestId(), e.description(), e.mediaUrls());
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
        Optional<RectificationOrder> open = RectificationOrder.<RectificationOrder>find(
                        "pointId = ?1 and standardCode = ?2 and status <> ?3", f.point().id(), f.standardCode(),
                        RectificationStatus.CLOSED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
        if (open.isPresent()) {
            RectificationOrder order = open.get();
            order.failures++;
            List<String> evidence = new ArrayList<>(order.evidenceIds);
            if (f.evidenceIds() != null) {
                f.evidenceIds().stream().filter(id -> !evidence.contains(id)).forEach(evidence::add);
            }
            order.evidenceIds = evidence;
            RectificationHistory.record(order, now, "REPEAT_FAILURE", "system",
                    "整改期间再次发现（" + f.source().displayName() + " " + f.sourceRef() + "）："
                            + (f.description() == null ? "" : f.description()));
            escalations.onFailure(order, EscalationReason.REPEAT_FAILURE, now);
            return order;
        }
        return open(f, now);
    }

    /** A relapse follows an episode closed by a re-inspection; one withdrawn on appeal was never fixed. */
    private RectificationOrder open(Failure f, Instant now) {
        Optional<RectificationOrder> previous = RectificationOrder.<RectificationOrder>find(
                        "pointId = ?1 and standardCode = ?2 and status = ?3 and closedAt >= ?4 "
                                + "and closedByAppeal = false",
                        Sort.descending("closedAt"), f.point().id(), f.standardCode(), RectificationStatus.CLOSED,
                        now.minus(episodes.relapseWindow()))
                .firstResultOptional();
        WorkingCalendar calendar = calendars.calendar();
        RectificationOrder order = new RectificationOrder();
        order.id = UUID.randomUUID().toString();
        Number seq = (Number) em.createNativeQuery("select nextval('rectification_number_seq')").getSingleResult();
        order.number = "ZG-%d-%06d".formatted(now.atZone(RectificationOrder.DISTRICT).getYear(), seq.longValue());
        PointRef p = f.point();
        order.pointId = p.id();
        order.pointCode = p.code();
        order.pointName = p.name();
        order.standardCode = f.standardCode();
        order.standardName = f.standardName();
        order.unitCode = p.responsibleUnitCode();
        order.unitName = directory.find(p.responsibleUnitCode()).map(u -> u.name()).orElse(p.responsibleUnitName());
        order.severity = f.severity() == null ? Severity.GENERAL : f.severity();
        order.source = f.source();
        order.sourceRef = f.sourceRef();
        order.description = f.description();
        order.evidenceIds = f.evidenceIds() == null ? new ArrayList<>() : new ArrayList<>(f.evidenceIds());
        order.status = RectificationStatus.OPEN;
        order.level = EscalationLevel.NONE;
        order.failures = 1;
        order.openedAt = now;
        order.deadline = deadlines.deadline(order.severity, order.standardCode, now, calendar);
        if (previous.isPresent()) {
            // a relapse (反弹): the new episode starts one rung above where the previous one ended
            order.relapse = true;
            order.relapseOf = previous.get().id;
            order.level = escalations.ladder().relapseStart(previous.get().level);
        }
        order.persist();
        RectificationHistory.record(order, now, "OPENED", "system", f.source().displayName() + " " + f.sourceRef()
                + (order.relapse ? "（销号后反弹，上一单 " + previous.get().number + "）" : ""));
        outbox.publish(EventCatalog.RECTIFICATION_OPENED, order.episodeKey(), new RectificationOpened(order.ref(),
                order.source, order.sourceRef, order.description, List.copyOf(order.evidenceIds), order.relapse,
                RectificationOrder.at(now)));
        if (order.relapse && order.level != previous.get().level) {
            escalations.reached(order, previous.get().level, EscalationReason.RELAPSE, now);
        }
        escalations.schedule(order, now, calendar);
        return order;
    }

    /** 签收: the responsible unit signs for the order. */
    @Transactional
    public RectificationOrder acknowledge(String id, UnitScope scope, String by) {
        RectificationOrder order = lock(id, scope);
        Instant now = clock.instant();
        transition(order, RectificationAction.ACKNOWLEDGE);
        RectificationHistory.record(order, now, "ACKNOWLEDGED", by, null);
        outbox.publish(EventCatalog.RECTIFICATION_ACKNOWLEDGED, order.episodeKey(),
                new RectificationAcknowledged(order.ref(), by, RectificationOrder.at(now)));
        return order;
    }

    /** The unit reports the problem fixed, with a description and evidence. */
    @Transactional
    public RectificationOrder submit(String id, UnitScope scope, String by, String description, List<String> evidence) {
        RectificationOrder order = lock(id, scope);
        Instant now = clock.instant();
        transition(order, RectificationAction.SUBMIT);
        order.submittedAt = now;
        order.submission = description;
        order.submissionEvidenceIds = List.copyOf(evidence);
        RectificationHistory.record(order, now, "SUBMITTED", by, description);
        outbox.publish(EventCatalog.RECTIFICATION_SUBMITTED, order.episodeKey(),
                new RectificationSubmitted(order.ref(), by, description, List.copyOf(evidence),
                        RectificationOrder.at(now)));
        return order;
    }

    /** The office asks for the re-inspection (复查) of a submitted order. */
    @Transactional
    public RectificationOrder requestVerification(String id, UnitScope scope, String by) {
        RectificationOrder order = lock(id, scope);
        Instant now = clock.instant();
        transition(order, RectificationAction.REQUEST_VERIFICATION);
        Instant dueBy = calendars.calendar().deadlineAfterWorkingDays(now, episodes.verificationWorkingDays());
        RectificationHistory.record(order, now, "VERIFICATION_REQUESTED", by, "复查期限 " + RectificationOrder.at(dueBy));
        outbox.publish(EventCatalog.VERIFICATION_REQUESTED, order.episodeKey(),
                new VerificationRequested(order.ref(), RectificationOrder.at(dueBy), RectificationOrder.at(now)));
        return order;
    }

    /** 销号: the re-inspection passed. */
    @Transactional
    public void onReinspectionPassed(ReinspectionPassed e) {
        RectificationOrder order = lockForEvent(e.orderId());
        if (RectificationStateMachine.next(order.status, RectificationAction.PASS_REINSPECTION).isEmpty()) {
            LOG.warnf("order %s is %s: re-inspection %s passed, nothing to close", order.number, order.status,
                    e.inspectionId());
            return;
        }
        Instant now = clock.instant();
        order.status = RectificationStatus.CLOSED;
        order.closedAt = now;
        order.onTime = order.submittedAt != null && !order.submittedAt.isAfter(order.deadline);
        order.officeSecondsToClose = calendars.calendar().officeTimeBetween(order.openedAt, now).toSeconds();
        escalations.cancelPending(order);
        RectificationHistory.record(order, now, "CLOSED", e.inspector() == null ? "system" : e.inspector(),
                "复查通过（" + e.inspectionId() + "）" + (order.onTime ? "，按期整改" : "，逾期整改"));
        outbox.publish(EventCatalog.RECTIFICATION_CLOSED, order.episodeKey(),
                new RectificationClosed(order.ref(), e.inspector(), order.onTime, RectificationOrder.at(now),
                        Closure.REINSPECTION));
    }

    /** 复查未通过: back to the unit with a new deadline, one more failure and its escalation. */
    @Transactional
    public void onReinspectionFailed(ReinspectionFailed e) {
        RectificationOrder order = lockForEvent(e.orderId());
        if (RectificationStateMachine.next(order.status, RectificationAction.FAIL_REINSPECTION).isEmpty()) {
            LOG.warnf("order %s is %s: re-inspection %s failed, nothing to send back", order.number, order.status,
                    e.inspectionId());
            return;
        }
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.calendar();
        order.status = RectificationStatus.OPEN;
        order.failures++;
        order.reinspectionFailures++;
        order.overdue = false;
        order.deadline = deadlines.deadline(order.severity, order.standardCode, now, calendar);
        if (order.suspended()) {
            order.suspendedRemainingSeconds = calendar.officeTimeBetween(now, order.deadline).toSeconds();
        }
        if (e.evidenceIds() != null) {
            List<String> evidence = new ArrayList<>(order.evidenceIds);
            e.evidenceIds().stream().filter(id -> !evidence.contains(id)).forEach(evidence::add);
            order.evidenceIds = evidence;
        }
        RectificationHistory.record(order, now, "REINSPECTION_FAILED", e.inspector() == null ? "system" : e.inspector(),
                "复查未通过（" + e.inspectionId() + "）" + (e.remark() == null ? "" : "：" + e.remark()));
        escalations.cancelPending(order);
        escalations.onFailure(order, EscalationReason.REINSPECTION_FAILED, now);
        escalations.schedule(order, now, calendar);
    }

    /** 挂起: the office stops the order's clock (e.g. pending an appeal); pending escalation steps are cancelled. */
    @Transactional
    public RectificationOrder suspend(String id, String reason, String by) {
        RectificationOrder order = lock(id, UnitScope.all());
        if (order.status == RectificationStatus.CLOSED || order.suspended()) {
            throw ProblemException.conflict("order " + order.number + " is "
                    + (order.suspended() ? "already suspended" : order.status.displayName()));
        }
        suspend(order, reason, by);
        return order;
    }

    private void suspend(RectificationOrder order, String reason, String by) {
        Instant now = clock.instant();
        order.suspendedRemainingSeconds = calendars.calendar().officeTimeBetween(now, order.deadline).toSeconds();
        order.suspendedAt = now;
        order.suspensionReason = reason;
        escalations.cancelPending(order);
        RectificationHistory.record(order, now, "SUSPENDED", by, reason);
        outbox.publish(EventCatalog.RECTIFICATION_SUSPENDED, order.episodeKey(),
                new RectificationSuspended(order.ref(), reason, by, RectificationOrder.at(now)));
    }

    /** The clock runs again: the order gets the office time it had left, and its escalation steps anew. */
    @Transactional
    public RectificationOrder resume(String id, String by) {
        RectificationOrder order = lock(id, UnitScope.all());
        if (!order.suspended()) {
            throw ProblemException.conflict("order " + order.number + " is not suspended");
        }
        resume(order, by);
        return order;
    }

    private void resume(RectificationOrder order, String by) {
        Instant now = clock.instant();
        WorkingCalendar calendar = calendars.calendar();
        order.deadline = calendar.plusOfficeTime(now, java.time.Duration.ofSeconds(order.suspendedRemainingSeconds));
        order.suspendedAt = null;
        order.suspensionReason = null;
        order.suspendedRemainingSeconds = null;
        if (order.status != RectificationStatus.CLOSED) {
            escalations.schedule(order, now, calendar);
        }
        RectificationHistory.record(order, now, "RESUMED", by, "新期限 " + RectificationOrder.at(order.deadline));
        outbox.publish(EventCatalog.RECTIFICATION_RESUMED, order.episodeKey(),
                new RectificationResumed(order.ref(), by, RectificationOrder.at(now)));
    }

    /**
     * 申诉: the unit contests an order that is not closed; one pending appeal per order. The order's clock stops
     * while the appeal is pending (unless the office had already suspended it).
     */
    @Transactional
    public Appeal appeal(String id, UnitScope scope, String by, String reason, List<String> evidenceIds) {
        RectificationOrder order = lock(id, scope);
        if (order.status == RectificationStatus.CLOSED) {
            throw ProblemException.conflict("order " + order.number + " is already closed");
        }
        if (Appeal.count("orderId = ?1 and status = ?2", id, Appeal.Status.PENDING) > 0) {
            throw ProblemException.conflict("order " + order.number + " already has a pending appeal");
        }
        Instant now = clock.instant();
        Instant closesAt = AppealWindow.closesAt(order.openedAt, ledger.lastDeduction(order.id),
                appeals.windowWorkingDays(), calendars.calendar());
        if (now.isAfter(closesAt)) {
            throw ProblemException.conflict("the appeal window of order " + order.number + " ("
                    + appeals.windowWorkingDays() + " working days after its opening or its latest deduction) closed "
                    + "at " + RectificationOrder.at(closesAt));
        }
        Appeal a = new Appeal();
        a.evidenceIds = new ArrayList<>(evidenceIds);
        a.id = UUID.randomUUID().toString();
        a.orderId = id;
        a.reason = reason;
        a.status = Appeal.Status.PENDING;
        a.requestedBy = by;
        a.requestedAt = now;
        a.suspendedOrder = !order.suspended();
        a.persist();
        RectificationHistory.record(order, now, "APPEALED", by, reason
                + (evidenceIds.isEmpty() ? "" : "（证据 " + String.join("、", evidenceIds) + "）"));
        outbox.publish(EventCatalog.RECTIFICATION_APPEALED, order.episodeKey(),
                new RectificationAppealed(order.ref(), a.id, reason, by, RectificationOrder.at(now)));
        if (a.suspendedOrder) {
            suspend(order, "申诉处理中", by);
        }
        return a;
    }

    /**
     * The office decides an appeal. Upheld (申诉成立): the order is withdrawn (closed, its pending steps cancelled) and
     * every deduction it caused is reversed in the ledger. Rejected: the clock the appeal stopped runs again.
     */
    @Transactional
    public Appeal decideAppeal(String id, String appealId, AppealDecision decision, String comment, String by) {
        RectificationOrder order = lock(id, UnitScope.all());
        Appeal a = Appeal.<Appeal>find("id = ?1 and orderId = ?2", appealId, id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("appeal", appealId));
        a.checkDecidable(by, false, comment);
        Instant now = clock.instant();
        a.decide(decision == AppealDecision.UPHELD, by, now, comment);
        if (decision == AppealDecision.UPHELD) {
            transition(order, RectificationAction.UPHOLD_APPEAL);
            order.closedAt = now;
            order.closedByAppeal = true;
            order.officeSecondsToClose = calendars.calendar().officeTimeBetween(order.openedAt, now).toSeconds();
            // the clock stood while the appeal was pending: on time unless it had run out before
            order.onTime = !order.overdue;
            order.suspendedAt = null;
            order.suspensionReason = null;
            order.suspendedRemainingSeconds = null;
            escalations.cancelPending(order);
            RectificationHistory.record(order, now, "APPEAL_UPHELD", by, comment);
            ledger.reverseOrder(order, "申诉成立");
        } else {
            RectificationHistory.record(order, now, "APPEAL_REJECTED", by, comment);
        }
        outbox.publish(EventCatalog.APPEAL_DECIDED, order.episodeKey(), new AppealDecided(order.ref(), a.id, decision,
                comment, by, RectificationOrder.at(now)));
        if (decision == AppealDecision.UPHELD) {
            // the episode is closed (销号 by appeal): consumers learn of every closure from cc.rectification.closed.v1,
            // and from its closure that nothing was fixed (no on-time rectification to count)
            outbox.publish(EventCatalog.RECTIFICATION_CLOSED, order.episodeKey(), new RectificationClosed(order.ref(),
                    by, order.onTime, RectificationOrder.at(now), Closure.APPEAL_UPHELD));
        }
        if (decision == AppealDecision.REJECTED && a.suspendedOrder && order.suspended()) {
            resume(order, by);
        }
        return a;
    }

    /** The appeals of an order in {@code scope}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Appeal> appeals(String id, UnitScope scope) {
        RectificationOrder order = find(id, scope)
                .orElseThrow(() -> ProblemException.notFound("rectification order", id));
        return Appeal.list("orderId = ?1 order by requestedAt, id", order.id);
    }

    /** 延期申请: the unit asks for more working days; one pending request per order, while the unit has to act. */
    @Transactional
    public ExtensionRequest requestExtension(String id, UnitScope scope, String by, int workingDays, String reason) {
        RectificationOrder order = lock(id, scope);
        if (!order.status.awaitsUnit()) {
            throw ProblemException.conflict("only an order that is 待整改 or 已签收 can be extended; this one is "
                    + order.status.displayName());
        }
        if (ExtensionRequest.count("orderId = ?1 and status = ?2", id, ExtensionRequest.Status.PENDING) > 0) {
            throw ProblemException.conflict("order " + order.number + " already has a pending extension request");
        }
        Instant now = clock.instant();
        ExtensionRequest r = new ExtensionRequest();
        r.id = UUID.randomUUID().toString();
        r.orderId = id;
        r.workingDays = workingDays;
        r.reason = reason;
        r.status = ExtensionRequest.Status.PENDING;
        r.requestedBy = by;
        r.requestedAt = now;
        r.persist();
        RectificationHistory.record(order, now, "EXTENSION_REQUESTED", by, "申请延期 " + workingDays + " 个工作日：" + reason);
        return r;
    }

    /**
     * The office decides an extension request. Approval moves the deadline by the requested working days (from the
     * current deadline, or from now when it has passed), clears the overdue flag, replaces the pending escalation
     * steps and publishes {@code cc.rectification.extended.v1}; rejection needs a comment.
     */
    @Transactional
    public ExtensionRequest decideExtension(String id, String requestId, boolean approve, String comment, String by) {
        RectificationOrder order = lock(id, UnitScope.all());
        ExtensionRequest r = ExtensionRequest.<ExtensionRequest>find("id = ?1 and orderId = ?2", requestId, id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("extension request", requestId));
        r.checkDecidable(by, !approve, comment);
        Instant now = clock.instant();
        if (!approve) {
            r.decide(false, by, now, comment);
            RectificationHistory.record(order, now, "EXTENSION_REJECTED", by, comment);
            return r;
        }
        if (!order.status.awaitsUnit() || order.suspended()) {
            throw ProblemException.conflict("only an order that is 待整改 or 已签收 and not suspended can be extended");
        }
        WorkingCalendar calendar = calendars.calendar();
        Instant previous = order.deadline;
        order.deadline = previous.isAfter(now)
                ? gov.chuangcheng.accountability.escalation.EscalationLadder.workingDaysAfter(previous,
                r.workingDays, calendar)
                : calendar.deadlineAfterWorkingDays(now, r.workingDays);
        order.overdue = false;
        r.decide(true, by, now, comment);
        r.previousDeadline = previous;
        r.newDeadline = order.deadline;
        escalations.cancelPending(order);
        escalations.schedule(order, now, calendar);
        RectificationHistory.record(order, now, "EXTENDED", by, "延期至 " + RectificationOrder.at(order.deadline)
                + (comment == null || comment.isBlank() ? "" : "：" + comment));
        outbox.publish(EventCatalog.RECTIFICATION_EXTENDED, order.episodeKey(), new RectificationExtended(order.ref(),
                RectificationOrder.at(previous), RectificationOrder.at(order.deadline), r.reason, by,
                RectificationOrder.at(now)));
        return r;
    }

    /** The extension requests of an order in {@code scope}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExtensionRequest> extensionRequests(String id, UnitScope scope) {
        RectificationOrder order = find(id, scope)
                .orElseThrow(() -> ProblemException.notFound("rectification order", id));
        return ExtensionRequest.list("orderId = ?1 order by requestedAt, id", order.id);
    }

    /**
     * 缓办申请: the unit asks the office to stop the order's clock; one pending request per order, while the order is
     * neither closed nor suspended.
     */
    @Transactional
    public SuspensionRequest requestSuspension(String id, UnitScope scope, String by, String reason) {
        RectificationOrder order = lock(id, scope);
        if (order.status == RectificationStatus.CLOSED || order.suspended()) {
            throw ProblemException.conflict("order " + order.number + " is "
                    + (order.suspended() ? "already suspended" : order.status.displayName()));
        }
        if (SuspensionRequest.count("orderId = ?1 and status = ?2", id, SuspensionRequest.Status.PENDING) > 0) {
            throw ProblemException.conflict("order " + order.number + " already has a pending suspension request");
        }
        Instant now = clock.instant();
        SuspensionRequest r = new SuspensionRequest();
        r.id = UUID.randomUUID().toString();
        r.orderId = id;
        r.reason = reason;
        r.status = SuspensionRequest.Status.PENDING;
        r.requestedBy = by;
        r.requestedAt = now;
        r.persist();
        RectificationHistory.record(order, now, "SUSPENSION_REQUESTED", by, "申请缓办：" + reason);
        return r;
    }

    /**
     * The office decides a suspension request. Whoever filed it cannot decide it (409), and only the office decides
     * ({@code office}, else 403). Approval suspends the order (挂起, {@code cc.rectification.suspended.v1}) until the
     * office resumes it; rejection needs a comment.
     */
    @Transactional
    public SuspensionRequest decideSuspension(String id, String requestId, UnitScope scope, boolean approve,
                                              String comment, String by, boolean office) {
        RectificationOrder order = lock(id, scope);
        SuspensionRequest r = SuspensionRequest.<SuspensionRequest>find("id = ?1 and orderId = ?2", requestId, id)
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("suspension request", requestId));
        r.checkDecidable(by, false, null);
        if (!office) {
            throw ProblemException.forbidden("only the campaign office decides suspension requests");
        }
        r.checkDecidable(by, !approve, comment);
        if (approve && (order.status == RectificationStatus.CLOSED || order.suspended())) {
            throw ProblemException.conflict("order " + order.number + " is "
                    + (order.suspended() ? "already suspended" : order.status.displayName()));
        }
        Instant now = clock.instant();
        r.decide(approve, by, now, comment);
        if (!approve) {
            RectificationHistory.record(order, now, "SUSPENSION_REJECTED", by, comment);
            return r;
        }
        RectificationHistory.record(order, now, "SUSPENSION_APPROVED", by,
                comment == null || comment.isBlank() ? r.reason : comment);
        suspend(order, "缓办：" + r.reason, by);
        return r;
    }

    /** The suspension requests of an order in {@code scope}, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SuspensionRequest> suspensionRequests(String id, UnitScope scope) {
        RectificationOrder order = find(id, scope)
                .orElseThrow(() -> ProblemException.notFound("rectification order", id));
        return SuspensionRequest.list("orderId = ?1 order by requestedAt, id", order.id);
    }

    /** Orders in {@code scope}, filtered; newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RectificationOrder> list(UnitScope scope, String unit, RectificationStatus status, Boolean overdue,
                                         PageRequest paging) {
        return query(scope, unit, status, overdue).map(q -> Page.of(q, paging, o -> o))
                .orElseGet(() -> new Page<>(List.of(), paging.page, paging.size, 0));
    }

    /** At most {@code max} orders in {@code scope}, filtered, newest first (for exports). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RectificationOrder> export(UnitScope scope, String unit, RectificationStatus status, Boolean overdue,
                                           int max) {
        return query(scope, unit, status, overdue).map(q -> q.range(0, max - 1).list())
                .orElseGet(List::of);
    }

    /** The filtered query in scope, or empty when the scope admits nothing. */
    private Optional<PanacheQuery<RectificationOrder>> query(UnitScope scope, String unit, RectificationStatus status,
                                                             Boolean overdue) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (scope.filter().isPresent()) {
            if (scope.filter().get().isEmpty()) {
                return Optional.empty();
            }
            q.append(" and unitCode in :scope");
            params.and("scope", scope.filter().get());
        }
        if (unit != null && !unit.isBlank()) {
            q.append(" and unitCode = :unit");
            params.and("unit", unit);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        if (overdue != null) {
            q.append(" and overdue = :overdue");
            params.and("overdue", overdue);
        }
        return Optional.of(RectificationOrder.find(q.toString(),
                Sort.descending("openedAt").and("number", Sort.Direction.Descending), params));
    }

    /** One order, if it exists and is in {@code scope}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RectificationOrder> find(String id, UnitScope scope) {
        return scoped(id, scope).firstResultOptional();
    }

    private PanacheQuery<RectificationOrder> scoped(String id, UnitScope scope) {
        if (scope.filter().isEmpty()) {
            return RectificationOrder.find("id", id);
        }
        if (scope.filter().get().isEmpty()) {
            return RectificationOrder.find("1 = 0");
        }
        return RectificationOrder.find("id = ?1 and unitCode in ?2", id, scope.filter().get());
    }

    private RectificationOrder lock(String id, UnitScope scope) {
        return scoped(id, scope).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("rectification order", id));
    }

    private RectificationOrder lockForEvent(String id) {
        RectificationOrder order = id == null ? null : em.find(RectificationOrder.class, id,
                LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new PoisonEventException("rectification order " + id + " does not exist");
        }
        return order;
    }

    private static void transition(RectificationOrder order, RectificationAction action) {
        try {
            order.status = RectificationStateMachine.apply(order.status, action);
        } catch (RectificationStateMachine.IllegalTransitionException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }
}
