package gov.chuangcheng.task.material;

import java.time.Instant;

/** One decision of the office on a material, as the API shows it. */
public record MaterialReviewView(
        int number,
        MaterialDecision decision,
        String decisionName,
        String reason,
        String reviewedBy,
        Instant reviewedAt) {

    static MaterialReviewView of(MaterialReview r) {
        return new MaterialReviewView(
                r.number, r.decision, r.decision.displayName(), r.reason, r.reviewedBy, r.reviewedAt);
    }
}
