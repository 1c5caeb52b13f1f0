package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.accountability.escalation.EscalationLadder;
import gov.chuangcheng.accountability.storage.StringListConverter;
import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.OrderRef;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rectification order (整改单) of one point × standard for its responsible unit: the aggregate of an episode. Its
 * state changes only through the methods below, named as the office names them, and every status change goes through
 * {@link RectificationStateMachine}; a change the order does not allow is a 409 that changes nothing. The methods do
 * no I/O: the services around it load the order, call one of them, record the history and publish the event.
 */
@Entity
@Table(name = "rectification_order")
public class RectificationOrder extends PanacheEntityBase {

    @Id
    private String id;

    private String number;

    @Column(name = "point_id")
    private String pointId;

    @Column(name = "point_code")
    private String pointCode;

    @Column(name = "point_name")
    private String pointName;
    /** Where the point is (WGS-84); null when the failure did not say. */
    @Column(name = "point_latitude")
    private Double pointLatitude;

    @Column(name = "point_longitude")
    private Double pointLongitude;

    @Column(name = "standard_code")
    private String standardCode;

    @Column(name = "standard_name")
    private String standardName;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "unit_name")
    private String unitName;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    private OrderSource source;

    @Column(name = "source_ref")
    private String sourceRef;

    private String description;

    @Convert(converter = StringListConverter.class)
    @Column(name = "evidence_ids")
    private List<String> evidenceIds = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private RectificationStatus status;

    @Enumerated(EnumType.STRING)
    private EscalationLevel level;

    private boolean relapse;

    @Column(name = "relapse_of")
    private String relapseOf;
    /**
     * Failures of the item in this episode: the finding that opened it, the findings attached to it (补充线索) and the
     * failed verifications.
     */
    private int failures;
    /** Re-inspections (复查) of this order that failed: rework (返工). */
    @Column(name = "reinspection_failures")
    private int reinspectionFailures;

    private boolean overdue;

    @Column(name = "opened_at")
    private Instant openedAt;

    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private String submission;

    @Convert(converter = StringListConverter.class)
    @Column(name = "submission_evidence_ids")
    private List<String> submissionEvidenceIds;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "on_time")
    private Boolean onTime;
    /** Office time from opening to 销号 on the working calendar of the day it closed, for the mean time to rectify. */
    @Column(name = "office_seconds_to_close")
    private Long officeSecondsToClose;
    /** How it closed: only a fixed closure (REINSPECTION) is a rectification; rates leave the others out. */
    @Enumerated(EnumType.STRING)
    private Closure closure;
    /** The office's reason for voiding or merging the order. */
    @Column(name = "closure_reason")
    private String closureReason;

    @Column(name = "merged_into_id")
    private String mergedIntoId;

    @Column(name = "merged_into_number")
    private String mergedIntoNumber;
    /** The deadline in force when the current fix was submitted: what on time (按期) is judged against. */
    @Column(name = "deadline_at_submission")
    private Instant deadlineAtSubmission;
    /** A 12345 report came after the unit's submission: the office verifies this order first (优先复查). */
    @Column(name = "priority_verification")
    private boolean priorityVerification;
    /** Set while the order's clock is stopped (挂起). */
    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspension_reason")
    private String suspensionReason;
    /** What stopped the clock when it is not the order's own matter, e.g. the construction (施工) at its point. */
    @Column(name = "suspension_ref")
    private String suspensionRef;
    /** Office time the order had left when it was suspended. */
    @Column(name = "suspended_remaining_seconds")
    private Long suspendedRemainingSeconds;

    /** When the current unit got the order: its opening, or its latest reassignment (改派). */
    @Column(name = "assigned_at")
    private Instant assignedAt;
    /** The inspector who verifies the current submission (复查), as inspection-service assigned it; null for none. */
    private String verifier;
    /** 派遣 inside the unit; null when the order is not dispatched. */
    @Embedded
    private Dispatch dispatch;

    /** The office's escalation ladder in force when the order opened; null for the configured one. */
    @Column(name = "ladder_policy_id")
    private Long ladderPolicyId;

    @Version
    private long version;

    protected RectificationOrder() {
        // for Hibernate
    }

    /**
     * The first order of an episode (待整改, no rung yet): the point × standard failed at {@code at} and its unit has
     * until {@code deadline}.
     */
    public static RectificationOrder open(
            String id, String number, Failure failure, String unitName, Instant at, Instant deadline) {
        RectificationOrder o = new RectificationOrder();
        o.id = id;
        o.number = number;
        o.pointId = failure.point().id();
        o.pointCode = failure.point().code();
        o.pointName = failure.point().name();
        o.pointLatitude = failure.point().latitude();
        o.pointLongitude = failure.point().longitude();
        o.standardCode = failure.standardCode();
        o.standardName = failure.standardName();
        o.unitCode = failure.point().responsibleUnitCode();
        o.unitName = unitName;
        o.severity = failure.severity();
        o.source = failure.source();
        o.sourceRef = failure.sourceRef();
        o.description = failure.description();
        o.evidenceIds = failure.evidenceIds() == null ? new ArrayList<>() : new ArrayList<>(failure.evidenceIds());
        o.status = RectificationStatus.OPEN;
        o.level = EscalationLevel.NONE;
        o.failures = 1;
        o.openedAt = at;
        o.assignedAt = at;
        o.deadline = deadline;
        return o;
    }

    /** The order climbs the office's ladder {@code policyId} (the one in force now) for its whole life. */
    public void climbsLadder(Long policyId) {
        ladderPolicyId = policyId;
    }

    public Long ladderPolicyId() {
        return ladderPolicyId;
    }

    /** A relapse (反弹) of {@code previous}: the new episode starts at {@code startLevel}, above where it ended. */
    public void startAsRelapseOf(RectificationOrder previous, EscalationLevel startLevel) {
        relapse = true;
        relapseOf = previous.id;
        level = startLevel;
    }

    /**
     * 补充线索: a new finding of the same problem is attached — one more report, its evidence added — without a rung or a
     * deduction; one found after the unit's submission marks the order for priority verification.
     */
    public void attachFinding(List<String> evidence, boolean forPriorityVerification) {
        checkNotClosed();
        failures++;
        addEvidence(evidence);
        priorityVerification = priorityVerification || forPriorityVerification;
    }

    /** How many findings of the problem the order has: the one that opened it and those attached (反映次数). */
    public int reports() {
        return failures - reinspectionFailures;
    }

    /** 签收: the responsible unit signs for the order. */
    public void acknowledge() {
        apply(RectificationAction.ACKNOWLEDGE);
    }

    /** 整改完成: the unit reports the problem fixed, with a description and evidence. */
    public void submit(String text, List<String> evidence, Instant at) {
        apply(RectificationAction.SUBMIT);
        submittedAt = at;
        deadlineAtSubmission = deadline;
        priorityVerification = false;
        submission = text;
        submissionEvidenceIds = List.copyOf(evidence);
    }

    /** The office asks for the re-inspection (复查); its inspector is assigned anew. */
    public void requestVerification() {
        apply(RectificationAction.REQUEST_VERIFICATION);
        verifier = null;
    }

    /** Whether a re-inspection was asked for and has no result yet (待复查). */
    public boolean verifying() {
        return status == RectificationStatus.VERIFYING;
    }

    /**
     * The inspector who verifies the current request ({@code cc.reinspection.assigned.v1}); an assignment for a
     * request the order no longer waits for changes nothing.
     */
    public void verifiedBy(String inspector) {
        if (status == RectificationStatus.VERIFYING || status == RectificationStatus.SUBMITTED) {
            verifier = inspector;
        }
    }

    /**
     * 退回: the office sends the submitted fix back before it is verified. The clock stood still from the submission,
     * so the unit gets back the office time it had left then, counted from now; a fix submitted late stays late.
     */
    public void returnSubmission(Instant at, WorkingCalendar calendar) {
        if (suspended()) {
            throw ProblemException.conflict("整改单" + number + "已挂起，请先恢复再退回");
        }
        apply(RectificationAction.SEND_BACK);
        Instant dueAtSubmission = deadlineAtSubmission == null ? deadline : deadlineAtSubmission;
        if (submittedAt != null && dueAtSubmission != null && dueAtSubmission.isAfter(submittedAt)) {
            deadline = calendar.plusOfficeTime(at, calendar.officeTimeBetween(submittedAt, dueAtSubmission));
            overdue = false;
        }
        // the returned fix stays in the history; the order shows none until the unit submits again
        submittedAt = null;
        submission = null;
        submissionEvidenceIds = List.of();
        deadlineAtSubmission = null;
        priorityVerification = false;
        verifier = null;
    }

    /** Whether the order's status allows {@code action} now (an event about another status is ignored). */
    public boolean allows(RectificationAction action) {
        return RectificationStateMachine.next(status, action).isPresent();
    }

    /**
     * 销号 as fixed: the verification of the submitted fix passed. On time by {@link OnTime}; the office time it took
     * is kept for the mean time to rectify.
     */
    public void closeFixed(Instant at, WorkingCalendar calendar) {
        apply(RectificationAction.PASS_REINSPECTION);
        closure = Closure.REINSPECTION;
        onTime = OnTime.of(submittedAt, deadlineAtSubmission == null ? deadline : deadlineAtSubmission);
        closeAt(at, calendar);
    }

    /** 作废 / 不属实 (an upheld appeal too): withdrawn by the office; nothing was fixed, so it has no on-time flag. */
    public void voidOrder(String reason, Instant at, WorkingCalendar calendar) {
        withdraw(Closure.VOIDED, reason, at, calendar);
    }

    /**
     * 合并: this order is closed as merged into {@code survivor}, which takes over its evidence and its reports; both
     * must be open orders of the same unit.
     */
    public void mergeInto(RectificationOrder survivor, String reason, Instant at, WorkingCalendar calendar) {
        if (survivor.id.equals(id)) {
            throw ProblemException.invalid("into", "an order cannot be merged into itself");
        }
        survivor.checkNotClosed();
        if (!survivor.unitCode.equals(unitCode)) {
            throw ProblemException.conflict("orders " + number + " and " + survivor.number
                    + " belong to different units; only orders of one unit about one problem can be merged");
        }
        withdraw(Closure.MERGED, reason, at, calendar);
        mergedIntoId = survivor.id;
        mergedIntoNumber = survivor.number;
        survivor.failures += reports();
        survivor.addEvidence(evidenceIds);
    }

    private void withdraw(Closure how, String reason, Instant at, WorkingCalendar calendar) {
        apply(RectificationAction.WITHDRAW);
        closure = how;
        closureReason = reason;
        onTime = null;
        endSuspension();
        closeAt(at, calendar);
    }

    private void closeAt(Instant at, WorkingCalendar calendar) {
        priorityVerification = false;
        closedAt = at;
        officeSecondsToClose = calendar.officeTimeBetween(openedAt, at).toSeconds();
    }

    /**
     * 复查未通过: back to the unit (待整改) with a new deadline, one more failure and rework; a suspended order keeps
     * the office time its new deadline leaves for when it resumes.
     */
    public void sendBack(Instant newDeadline, List<String> evidence, Instant at, WorkingCalendar calendar) {
        apply(RectificationAction.FAIL_REINSPECTION);
        failures++;
        reinspectionFailures++;
        overdue = false;
        priorityVerification = false;
        deadline = newDeadline;
        if (suspended()) {
            suspendedRemainingSeconds = calendar.officeTimeBetween(at, deadline).toSeconds();
        }
        addEvidence(evidence);
    }

    /** Refuses (409) to stop the clock of an order that is closed or already stopped. */
    public void checkSuspendable() {
        if (status == RectificationStatus.CLOSED || suspended()) {
            throw ProblemException.conflict(
                    "order " + number + " is " + (suspended() ? "already suspended" : status.displayName()));
        }
    }

    /** 挂起: the clock stops; the order keeps the office time it had left. */
    public void suspend(String reason, Instant at, WorkingCalendar calendar) {
        checkSuspendable();
        suspendedRemainingSeconds = calendar.officeTimeBetween(at, deadline).toSeconds();
        suspendedAt = at;
        suspensionReason = reason;
    }

    /** 恢复: the clock runs again, with the office time that was left from {@code at}. */
    public void resume(Instant at, WorkingCalendar calendar) {
        if (!suspended()) {
            throw ProblemException.conflict("order " + number + " is not suspended");
        }
        deadline = calendar.plusOfficeTime(at, Duration.ofSeconds(suspendedRemainingSeconds));
        endSuspension();
    }

    /** Refuses (409) an extension request unless the unit still has to act (待整改 or 已签收). */
    public void checkExtendable() {
        if (!status.awaitsUnit()) {
            throw ProblemException.conflict(
                    "only an order that is 待整改 or 已签收 can be extended; this one is " + status.displayName());
        }
    }

    /**
     * 延期: {@code workingDays} more working days, from the current deadline or from {@code at} when it has passed;
     * the order is no longer overdue. Returns the deadline it had.
     */
    public Instant extend(int workingDays, Instant at, WorkingCalendar calendar) {
        if (!status.awaitsUnit() || suspended()) {
            throw ProblemException.conflict("only an order that is 待整改 or 已签收 and not suspended can be extended");
        }
        Instant previous = deadline;
        deadline = previous.isAfter(at)
                ? EscalationLadder.workingDaysAfter(previous, workingDays, calendar)
                : calendar.deadlineAfterWorkingDays(at, workingDays);
        overdue = false;
        return previous;
    }

    /**
     * 改派: the order moves to unit {@code toCode} with a fresh {@code newDeadline}, back at 待整改 with no rung (the
     * first unit's deductions are reversed by the caller) and no dispatch; the episode goes on. Refused (409) once the
     * unit has submitted its fix, when closed, while suspended, or to the unit that has it.
     */
    public void reassign(String toCode, String toName, Instant newDeadline, Instant at) {
        if (toCode.equals(unitCode)) {
            throw ProblemException.conflict("order " + number + " already belongs to " + unitName);
        }
        if (suspended()) {
            throw ProblemException.conflict("order " + number + " is suspended: resume it before reassigning it");
        }
        apply(RectificationAction.REASSIGN);
        unitCode = toCode;
        unitName = toName;
        level = EscalationLevel.NONE;
        overdue = false;
        deadline = newDeadline;
        assignedAt = at;
        dispatch = null;
    }

    /**
     * 派遣: the unit gives the order to {@code subUnitCode} (a unit below it) and/or to handler {@code username}; a new
     * dispatch replaces the previous one. Refused (409) for a closed order.
     */
    public void dispatchTo(String subUnitCode, String subUnitName, String username, Instant at) {
        checkNotClosed();
        dispatch = new Dispatch(subUnitCode, subUnitName, username, at);
    }

    /** The dispatch in force, if the order is dispatched. */
    public Optional<Dispatch> dispatch() {
        return dispatch == null || !dispatch.present() ? Optional.empty() : Optional.of(dispatch);
    }

    public Instant assignedAt() {
        return assignedAt == null ? openedAt : assignedAt;
    }

    /** Refuses (409) what only an order that is not closed allows, such as an appeal. */
    public void checkNotClosed() {
        if (status == RectificationStatus.CLOSED) {
            throw ProblemException.conflict("order " + number + " is already closed");
        }
    }

    /**
     * The rungs an escalation by the office's hand climbs: one rung, or up to {@code target}; refused (409) for a
     * closed order, at the top of the ladder, or when the order is already at or above {@code target}.
     */
    public List<EscalationLevel> rungsByHand(EscalationLevel target) {
        checkNotClosed();
        EscalationLevel to = target == null
                ? level.next()
                        .orElseThrow(() -> ProblemException.conflict("order " + number + " is already at the top of "
                                + "the ladder (" + level.displayName() + ")"))
                : target;
        if (to.compareTo(level) <= 0) {
            throw ProblemException.conflict(
                    "order " + number + " is already at " + level.displayName() + "; it can only be escalated higher");
        }
        return EscalationLadder.climb(level, to);
    }

    /** Reaches {@code rung} of the ladder; returns the level it had. */
    public EscalationLevel climbTo(EscalationLevel rung) {
        EscalationLevel previous = level;
        level = rung;
        return previous;
    }

    /** 已逾期: the deadline passed while the unit still had to act; false when it was flagged already. */
    public boolean markOverdue() {
        if (overdue) {
            return false;
        }
        overdue = true;
        return true;
    }

    private void apply(RectificationAction action) {
        try {
            status = RectificationStateMachine.apply(status, action);
        } catch (RectificationStateMachine.IllegalTransitionException e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    private void addEvidence(List<String> more) {
        if (more == null) {
            return;
        }
        List<String> merged = new ArrayList<>(evidenceIds);
        more.stream().filter(id -> !merged.contains(id)).forEach(merged::add);
        evidenceIds = merged;
    }

    /** Marks the running suspension as caused by {@code ref} (a construction at the point), which ends it. */
    public void suspendedBy(String ref) {
        if (!suspended()) {
            throw ProblemException.conflict("order " + number + " is not suspended");
        }
        suspensionRef = ref;
    }

    public String suspensionRef() {
        return suspensionRef;
    }

    private void endSuspension() {
        suspensionRef = null;
        suspendedAt = null;
        suspensionReason = null;
        suspendedRemainingSeconds = null;
    }

    public boolean suspended() {
        return suspendedAt != null;
    }

    /** What every event of the order carries about it, times in the district's {@code zone}. */
    public OrderRef ref(ZoneId zone) {
        return new OrderRef(
                id,
                number,
                pointId,
                pointCode,
                pointName,
                standardCode,
                standardName,
                unitCode,
                unitName,
                severity,
                suspended() || deadline == null ? null : OffsetDateTime.ofInstant(deadline, zone),
                level,
                dispatch().map(Dispatch::assignee).orElse(null));
    }

    /** The Kafka key of the episode's events: point id and standard code. */
    public String episodeKey() {
        return pointId + ":" + standardCode;
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String pointId() {
        return pointId;
    }

    public String pointCode() {
        return pointCode;
    }

    public String pointName() {
        return pointName;
    }

    public String standardCode() {
        return standardCode;
    }

    public String standardName() {
        return standardName;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public Severity severity() {
        return severity;
    }

    public OrderSource source() {
        return source;
    }

    public String sourceRef() {
        return sourceRef;
    }

    public String description() {
        return description;
    }

    public List<String> evidenceIds() {
        return List.copyOf(evidenceIds);
    }

    public RectificationStatus status() {
        return status;
    }

    public EscalationLevel level() {
        return level;
    }

    public boolean relapse() {
        return relapse;
    }

    public String relapseOf() {
        return relapseOf;
    }

    public int failures() {
        return failures;
    }

    public int reinspectionFailures() {
        return reinspectionFailures;
    }

    public boolean overdue() {
        return overdue;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant deadline() {
        return deadline;
    }

    public Double pointLatitude() {
        return pointLatitude;
    }

    public Double pointLongitude() {
        return pointLongitude;
    }

    public String verifier() {
        return verifier;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submission() {
        return submission;
    }

    public List<String> submissionEvidenceIds() {
        return submissionEvidenceIds == null ? null : List.copyOf(submissionEvidenceIds);
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Boolean onTime() {
        return onTime;
    }

    public Long officeSecondsToClose() {
        return officeSecondsToClose;
    }

    public Closure closure() {
        return closure;
    }

    public String closureReason() {
        return closureReason;
    }

    public String mergedIntoId() {
        return mergedIntoId;
    }

    public String mergedIntoNumber() {
        return mergedIntoNumber;
    }

    public Instant deadlineAtSubmission() {
        return deadlineAtSubmission;
    }

    public boolean priorityVerification() {
        return priorityVerification;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public String suspensionReason() {
        return suspensionReason;
    }

    public long version() {
        return version;
    }
}
