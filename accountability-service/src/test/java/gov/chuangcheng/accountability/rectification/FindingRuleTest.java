package gov.chuangcheng.accountability.rectification;

import static gov.chuangcheng.accountability.rectification.FindingRule.Outcome.ATTACH;
import static gov.chuangcheng.accountability.rectification.FindingRule.Outcome.ATTACH_FOR_PRIORITY_VERIFICATION;
import static gov.chuangcheng.accountability.rectification.FindingRule.Outcome.FAILED_VERIFICATION;
import static gov.chuangcheng.accountability.rectification.RectificationStatus.ACKNOWLEDGED;
import static gov.chuangcheng.accountability.rectification.RectificationStatus.OPEN;
import static gov.chuangcheng.accountability.rectification.RectificationStatus.SUBMITTED;
import static gov.chuangcheng.accountability.rectification.RectificationStatus.VERIFYING;
import static gov.chuangcheng.events.rectification.OrderSource.INSPECTION;
import static gov.chuangcheng.events.rectification.OrderSource.PROBLEM_REPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One problem, one episode: what a new finding of an open order does, judged by when it was made. */
class FindingRuleTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2026-11-25T06:00:00Z");
    private static final Instant BEFORE = SUBMITTED_AT.minusSeconds(1);
    private static final Instant AFTER = SUBMITTED_AT.plusSeconds(1);

    @Test
    void whileTheUnitIsAtWorkEveryFindingIsAttached() {
        for (RectificationStatus status : new RectificationStatus[] {OPEN, ACKNOWLEDGED}) {
            assertEquals(ATTACH, FindingRule.ofFailure(status, null, AFTER, INSPECTION));
            assertEquals(ATTACH, FindingRule.ofFailure(status, null, AFTER, PROBLEM_REPORT));
            // sent back after an earlier submission: the rework is under way, a finding is still the same problem
            assertEquals(ATTACH, FindingRule.ofFailure(status, SUBMITTED_AT, AFTER, INSPECTION));
        }
    }

    @Test
    void aFindingMadeBeforeTheSubmissionIsAttachedHoweverLateItArrives() {
        for (RectificationStatus status : new RectificationStatus[] {SUBMITTED, VERIFYING}) {
            assertEquals(ATTACH, FindingRule.ofFailure(status, SUBMITTED_AT, BEFORE, INSPECTION));
            assertEquals(ATTACH, FindingRule.ofFailure(status, SUBMITTED_AT, BEFORE, PROBLEM_REPORT));
        }
    }

    @Test
    void afterTheSubmissionAFailedInspectionFailsTheFixAndAReportAsksForPriorityVerification() {
        for (RectificationStatus status : new RectificationStatus[] {SUBMITTED, VERIFYING}) {
            assertEquals(FAILED_VERIFICATION, FindingRule.ofFailure(status, SUBMITTED_AT, AFTER, INSPECTION));
            assertEquals(FAILED_VERIFICATION, FindingRule.ofFailure(status, SUBMITTED_AT, SUBMITTED_AT, INSPECTION));
            assertEquals(
                    ATTACH_FOR_PRIORITY_VERIFICATION,
                    FindingRule.ofFailure(status, SUBMITTED_AT, AFTER, PROBLEM_REPORT));
        }
    }

    @Test
    void aPassedPatrolVerifiesOnlyASubmittedFixAndOnlyWhenMadeAfterTheSubmission() {
        assertTrue(FindingRule.passVerifies(SUBMITTED, SUBMITTED_AT, AFTER));
        assertTrue(FindingRule.passVerifies(VERIFYING, SUBMITTED_AT, SUBMITTED_AT));
        assertFalse(FindingRule.passVerifies(VERIFYING, SUBMITTED_AT, BEFORE), "made before the fix");
        assertFalse(FindingRule.passVerifies(OPEN, null, AFTER), "nothing submitted");
        assertFalse(FindingRule.passVerifies(ACKNOWLEDGED, SUBMITTED_AT, AFTER), "sent back: rework under way");
    }
}
