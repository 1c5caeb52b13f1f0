package gov.chuangcheng.task.decomposition;

import java.time.Instant;

/** An acceptance decision as the API shows it. */
public record ReviewView(
        String id,
        String taskId,
        int number,
        ReviewDecision decision,
        String decisionName,
        String reason,
        String reviewedBy,
        Instant reviewedAt) {

    static ReviewView of(TaskReview r) {
        return new ReviewView(
                r.id, r.taskId, r.number, r.decision, r.decision.displayName(), r.reason, r.reviewedBy, r.reviewedAt);
    }
}
