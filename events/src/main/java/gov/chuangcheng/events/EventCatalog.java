package gov.chuangcheng.events;

import gov.chuangcheng.events.assessment.LedgerEntryRecorded;
import gov.chuangcheng.events.assessment.RankingPublished;
import gov.chuangcheng.events.calendar.CalendarPublished;
import gov.chuangcheng.events.directory.UnitUpserted;
import gov.chuangcheng.events.evaluation.StandardUpserted;
import gov.chuangcheng.events.inspection.EvidenceUploaded;
import gov.chuangcheng.events.inspection.InspectionCompleted;
import gov.chuangcheng.events.inspection.ItemFailed;
import gov.chuangcheng.events.inspection.ProblemReported;
import gov.chuangcheng.events.inspection.ReinspectionAssigned;
import gov.chuangcheng.events.inspection.ReinspectionFailed;
import gov.chuangcheng.events.inspection.ReinspectionFallingDue;
import gov.chuangcheng.events.inspection.ReinspectionPassed;
import gov.chuangcheng.events.notice.NoticeIssued;
import gov.chuangcheng.events.notification.NotificationSent;
import gov.chuangcheng.events.patrol.PatrolPlanAssigned;
import gov.chuangcheng.events.rectification.AppealDecided;
import gov.chuangcheng.events.rectification.DisputeDecided;
import gov.chuangcheng.events.rectification.RectificationAcknowledged;
import gov.chuangcheng.events.rectification.RectificationAppealed;
import gov.chuangcheng.events.rectification.RectificationChangeRequested;
import gov.chuangcheng.events.rectification.RectificationClosed;
import gov.chuangcheng.events.rectification.RectificationDispatched;
import gov.chuangcheng.events.rectification.RectificationDisputed;
import gov.chuangcheng.events.rectification.RectificationEscalated;
import gov.chuangcheng.events.rectification.RectificationEvidenceAdded;
import gov.chuangcheng.events.rectification.RectificationExtended;
import gov.chuangcheng.events.rectification.RectificationOpened;
import gov.chuangcheng.events.rectification.RectificationReassigned;
import gov.chuangcheng.events.rectification.RectificationResumed;
import gov.chuangcheng.events.rectification.RectificationSentBack;
import gov.chuangcheng.events.rectification.RectificationSubmitted;
import gov.chuangcheng.events.rectification.RectificationSuspended;
import gov.chuangcheng.events.rectification.ResponsibilitySettled;
import gov.chuangcheng.events.rectification.VerificationRequested;
import gov.chuangcheng.events.task.TaskAssigned;
import gov.chuangcheng.events.task.TaskCompleted;
import gov.chuangcheng.events.task.TaskOverdue;
import gov.chuangcheng.events.task.TaskRejected;
import gov.chuangcheng.events.task.TaskSubmitted;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type of the product, in the order of {@code docs/events.md}. Producers publish only these types;
 * consumers send anything else to the dead-letter topic. {@code EventCatalogDocumentTest} keeps this class and the
 * document in step.
 */
public final class EventCatalog {

    public static final EventType<UnitUpserted> UNIT_UPSERTED =
            new EventType<>("cc.unit.upserted.v1", Topic.DIRECTORY, UnitUpserted.class);

    public static final EventType<StandardUpserted> STANDARD_UPSERTED =
            new EventType<>("cc.standard.upserted.v1", Topic.EVALUATION, StandardUpserted.class);

    public static final EventType<TaskAssigned> TASK_ASSIGNED =
            new EventType<>("cc.task.assigned.v1", Topic.TASKS, TaskAssigned.class);
    public static final EventType<TaskOverdue> TASK_OVERDUE =
            new EventType<>("cc.task.overdue.v1", Topic.TASKS, TaskOverdue.class);
    public static final EventType<TaskCompleted> TASK_COMPLETED =
            new EventType<>("cc.task.completed.v1", Topic.TASKS, TaskCompleted.class);
    public static final EventType<TaskSubmitted> TASK_SUBMITTED =
            new EventType<>("cc.task.submitted.v1", Topic.TASKS, TaskSubmitted.class);
    public static final EventType<TaskRejected> TASK_REJECTED =
            new EventType<>("cc.task.rejected.v1", Topic.TASKS, TaskRejected.class);

    public static final EventType<InspectionCompleted> INSPECTION_COMPLETED =
            new EventType<>("cc.inspection.completed.v1", Topic.INSPECTIONS, InspectionCompleted.class);
    public static final EventType<ItemFailed> ITEM_FAILED =
            new EventType<>("cc.inspection.item-failed.v1", Topic.INSPECTIONS, ItemFailed.class);
    public static final EventType<ProblemReported> PROBLEM_REPORTED =
            new EventType<>("cc.problem.reported.v1", Topic.INSPECTIONS, ProblemReported.class);
    public static final EventType<ReinspectionPassed> REINSPECTION_PASSED =
            new EventType<>("cc.reinspection.passed.v1", Topic.INSPECTIONS, ReinspectionPassed.class);
    public static final EventType<ReinspectionFailed> REINSPECTION_FAILED =
            new EventType<>("cc.reinspection.failed.v1", Topic.INSPECTIONS, ReinspectionFailed.class);
    public static final EventType<ReinspectionAssigned> REINSPECTION_ASSIGNED =
            new EventType<>("cc.reinspection.assigned.v1", Topic.INSPECTIONS, ReinspectionAssigned.class);
    public static final EventType<ReinspectionFallingDue> REINSPECTION_FALLING_DUE =
            new EventType<>("cc.reinspection.falling-due.v1", Topic.INSPECTIONS, ReinspectionFallingDue.class);
    public static final EventType<PatrolPlanAssigned> PATROL_PLAN_ASSIGNED =
            new EventType<>("cc.patrol-plan.assigned.v1", Topic.INSPECTIONS, PatrolPlanAssigned.class);
    public static final EventType<EvidenceUploaded> EVIDENCE_UPLOADED =
            new EventType<>("cc.evidence.uploaded.v1", Topic.INSPECTIONS, EvidenceUploaded.class);

    public static final EventType<RectificationOpened> RECTIFICATION_OPENED =
            new EventType<>("cc.rectification.opened.v1", Topic.RECTIFICATIONS, RectificationOpened.class);
    public static final EventType<RectificationAcknowledged> RECTIFICATION_ACKNOWLEDGED =
            new EventType<>("cc.rectification.acknowledged.v1", Topic.RECTIFICATIONS, RectificationAcknowledged.class);
    public static final EventType<RectificationSubmitted> RECTIFICATION_SUBMITTED =
            new EventType<>("cc.rectification.submitted.v1", Topic.RECTIFICATIONS, RectificationSubmitted.class);
    public static final EventType<VerificationRequested> VERIFICATION_REQUESTED = new EventType<>(
            "cc.rectification.verification-requested.v1", Topic.RECTIFICATIONS, VerificationRequested.class);
    public static final EventType<RectificationSentBack> RECTIFICATION_SENT_BACK =
            new EventType<>("cc.rectification.sent-back.v1", Topic.RECTIFICATIONS, RectificationSentBack.class);
    public static final EventType<RectificationExtended> RECTIFICATION_EXTENDED =
            new EventType<>("cc.rectification.extended.v1", Topic.RECTIFICATIONS, RectificationExtended.class);
    public static final EventType<RectificationSuspended> RECTIFICATION_SUSPENDED =
            new EventType<>("cc.rectification.suspended.v1", Topic.RECTIFICATIONS, RectificationSuspended.class);
    public static final EventType<RectificationResumed> RECTIFICATION_RESUMED =
            new EventType<>("cc.rectification.resumed.v1", Topic.RECTIFICATIONS, RectificationResumed.class);
    public static final EventType<RectificationEscalated> RECTIFICATION_ESCALATED =
            new EventType<>("cc.rectification.escalated.v1", Topic.RECTIFICATIONS, RectificationEscalated.class);
    public static final EventType<RectificationEvidenceAdded> RECTIFICATION_EVIDENCE_ADDED = new EventType<>(
            "cc.rectification.evidence-added.v1", Topic.RECTIFICATIONS, RectificationEvidenceAdded.class);
    public static final EventType<RectificationClosed> RECTIFICATION_CLOSED =
            new EventType<>("cc.rectification.closed.v1", Topic.RECTIFICATIONS, RectificationClosed.class);
    public static final EventType<RectificationAppealed> RECTIFICATION_APPEALED =
            new EventType<>("cc.rectification.appealed.v1", Topic.RECTIFICATIONS, RectificationAppealed.class);
    public static final EventType<AppealDecided> APPEAL_DECIDED =
            new EventType<>("cc.rectification.appeal-decided.v1", Topic.RECTIFICATIONS, AppealDecided.class);
    public static final EventType<RectificationDisputed> RECTIFICATION_DISPUTED =
            new EventType<>("cc.rectification.disputed.v1", Topic.RECTIFICATIONS, RectificationDisputed.class);
    public static final EventType<DisputeDecided> DISPUTE_DECIDED =
            new EventType<>("cc.rectification.dispute-decided.v1", Topic.RECTIFICATIONS, DisputeDecided.class);
    public static final EventType<RectificationReassigned> RECTIFICATION_REASSIGNED =
            new EventType<>("cc.rectification.reassigned.v1", Topic.RECTIFICATIONS, RectificationReassigned.class);
    public static final EventType<RectificationDispatched> RECTIFICATION_DISPATCHED =
            new EventType<>("cc.rectification.dispatched.v1", Topic.RECTIFICATIONS, RectificationDispatched.class);
    public static final EventType<RectificationChangeRequested> RECTIFICATION_CHANGE_REQUESTED = new EventType<>(
            "cc.rectification.change-requested.v1", Topic.RECTIFICATIONS, RectificationChangeRequested.class);
    public static final EventType<ResponsibilitySettled> RESPONSIBILITY_SETTLED =
            new EventType<>("cc.responsibility.settled.v1", Topic.RECTIFICATIONS, ResponsibilitySettled.class);

    public static final EventType<LedgerEntryRecorded> LEDGER_ENTRY_RECORDED =
            new EventType<>("cc.assessment.entry-recorded.v1", Topic.ASSESSMENT, LedgerEntryRecorded.class);
    public static final EventType<RankingPublished> RANKING_PUBLISHED =
            new EventType<>("cc.assessment.ranking-published.v1", Topic.ASSESSMENT, RankingPublished.class);
    public static final EventType<NoticeIssued> NOTICE_ISSUED =
            new EventType<>("cc.notice.issued.v1", Topic.ASSESSMENT, NoticeIssued.class);

    public static final EventType<CalendarPublished> CALENDAR_PUBLISHED =
            new EventType<>("cc.calendar.published.v1", Topic.CALENDAR, CalendarPublished.class);

    public static final EventType<NotificationSent> NOTIFICATION_SENT =
            new EventType<>("cc.notification.sent.v1", Topic.NOTIFICATIONS, NotificationSent.class);

    private static final List<EventType<?>> ALL = List.of(
            UNIT_UPSERTED,
            STANDARD_UPSERTED,
            TASK_ASSIGNED,
            TASK_OVERDUE,
            TASK_COMPLETED,
            TASK_SUBMITTED,
            TASK_REJECTED,
            INSPECTION_COMPLETED,
            ITEM_FAILED,
            PROBLEM_REPORTED,
            REINSPECTION_PASSED,
            REINSPECTION_FAILED,
            EVIDENCE_UPLOADED,
            REINSPECTION_ASSIGNED,
            REINSPECTION_FALLING_DUE,
            PATROL_PLAN_ASSIGNED,
            RECTIFICATION_OPENED,
            RECTIFICATION_ACKNOWLEDGED,
            RECTIFICATION_SUBMITTED,
            VERIFICATION_REQUESTED,
            RECTIFICATION_SENT_BACK,
            RECTIFICATION_EXTENDED,
            RECTIFICATION_SUSPENDED,
            RECTIFICATION_RESUMED,
            RECTIFICATION_ESCALATED,
            RECTIFICATION_EVIDENCE_ADDED,
            RECTIFICATION_CLOSED,
            RECTIFICATION_APPEALED,
            APPEAL_DECIDED,
            RECTIFICATION_DISPUTED,
            DISPUTE_DECIDED,
            RECTIFICATION_REASSIGNED,
            RECTIFICATION_DISPATCHED,
            RECTIFICATION_CHANGE_REQUESTED,
            RESPONSIBILITY_SETTLED,
            LEDGER_ENTRY_RECORDED,
            RANKING_PUBLISHED,
            NOTICE_ISSUED,
            CALENDAR_PUBLISHED,
            NOTIFICATION_SENT);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventCatalog() {}

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<EventType<?>> onTopic(Topic topic) {
        return ALL.stream().filter(t -> t.topic() == topic).toList();
    }
}
