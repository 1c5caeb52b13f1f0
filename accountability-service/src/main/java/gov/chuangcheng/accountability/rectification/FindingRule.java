package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.rectification.OrderSource;
import java.time.Instant;

/**
 * What a new finding of an open order's point × standard does to it: one problem is one episode, and a finding is
 * judged by when it was made (inspected, reported), not when it arrived — phones resend late. Nothing here adds a rung:
 * orders climb by the clock alone.
 */
public final class FindingRule {

    /** What a finding does to the open order. */
    public enum Outcome {
        /** 补充线索: its evidence, source and reporter are added to the order; the unit is told */
        ATTACH,
        /** a report after the unit's submission: attached, and the office verifies the order first */
        ATTACH_FOR_PRIORITY_VERIFICATION,
        /** a failed field inspection after the unit's submission: the fix did not hold (返工) */
        FAILED_VERIFICATION
    }

    private FindingRule() {}

    /**
     * The outcome of a failure (a failed item, a 12345 report) found at {@code foundAt} on an order that is in
     * {@code status} and whose current fix was submitted at {@code submittedAt} (null if none is waiting).
     */
    public static Outcome ofFailure(
            RectificationStatus status, Instant submittedAt, Instant foundAt, OrderSource source) {
        if (!waitsForVerification(status) || submittedAt == null || foundAt.isBefore(submittedAt)) {
            return Outcome.ATTACH;
        }
        return source == OrderSource.PROBLEM_REPORT
                ? Outcome.ATTACH_FOR_PRIORITY_VERIFICATION
                : Outcome.FAILED_VERIFICATION;
    }

    /**
     * Whether a patrol's passed inspection of the order's standard at {@code inspectedAt} verifies the fix (the rule is
     * symmetric to a failed one): only after the unit's submission, before the verification result.
     */
    public static boolean passVerifies(RectificationStatus status, Instant submittedAt, Instant inspectedAt) {
        return waitsForVerification(status) && submittedAt != null && !inspectedAt.isBefore(submittedAt);
    }

    private static boolean waitsForVerification(RectificationStatus status) {
        return status == RectificationStatus.SUBMITTED || status == RectificationStatus.VERIFYING;
    }
}
