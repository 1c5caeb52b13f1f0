package gov.chuangcheng.accountability.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.Severity;
import gov.chuangcheng.events.inspection.PointRef;
import gov.chuangcheng.events.rectification.Closure;
import gov.chuangcheng.events.rectification.OrderSource;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import gov.chuangcheng.platform.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The order's own rules, without a database: how it opens, moves, stops its clock and closes. */
class RectificationOrderTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
    /** Wednesday 2026-11-25 10:00 in Shanghai. */
    private static final Instant OPENED = Instant.parse("2026-11-25T02:00:00Z");

    private static final Instant DEADLINE = Instant.parse("2026-11-27T02:00:00Z");
    /** Office hours 9:00–17:30 on weekdays, no holidays. */
    private static final WorkingCalendar CALENDAR = WorkingCalendar.standard(DISTRICT, Set.of(), Set.of());

    private static RectificationOrder order() {
        return order("o-1", "CGJ");
    }

    private static RectificationOrder order(String id, String unit) {
        Failure failure = new Failure(
                new PointRef("p-1", "C-1", "东门农贸市场", "MARKET", null, unit, "区城管局"),
                "S-1",
                "环境卫生",
                null,
                OrderSource.INSPECTION,
                "INS-1",
                "垃圾堆放",
                List.of("photo-1"),
                OPENED,
                "inspector1");
        return RectificationOrder.open(id, "ZG-2026-" + id, failure, "区城管局", OPENED, DEADLINE);
    }

    private static int status(Runnable r) {
        return assertThrows(ProblemException.class, r::run).status();
    }

    @Test
    void anOrderOpensForThePointsUnitWithNoRungYet() {
        RectificationOrder o = order();
        assertEquals(RectificationStatus.OPEN, o.status());
        assertEquals(EscalationLevel.NONE, o.level());
        assertEquals(Severity.GENERAL, o.severity(), "a failure without a severity is 一般");
        assertEquals(1, o.failures());
        assertEquals("CGJ", o.unitCode());
        assertEquals("p-1:S-1", o.episodeKey());
        assertEquals(
                DEADLINE.atZone(DISTRICT).toOffsetDateTime(), o.ref(DISTRICT).deadline());
    }

    @Test
    void anAttachedFindingCountsAsAReportAddsOnlyNewEvidenceAndNoRung() {
        RectificationOrder o = order();
        o.attachFinding(List.of("photo-1", "photo-2"), false);
        assertEquals(2, o.failures());
        assertEquals(2, o.reports());
        assertEquals(EscalationLevel.NONE, o.level());
        assertFalse(o.priorityVerification());
        assertEquals(List.of("photo-1", "photo-2"), o.evidenceIds());
        o.attachFinding(List.of(), true);
        assertTrue(o.priorityVerification(), "a report after the submission is verified first");
    }

    @Test
    void theUnitSignsSubmitsAndTheOfficeAsksForTheReinspectionInThatOrder() {
        RectificationOrder o = order();
        assertEquals(409, status(() -> o.submit("已清理", List.of("after-1"), OPENED)), "not signed for yet");
        o.acknowledge();
        assertEquals(409, status(o::acknowledge));
        o.submit("已清理", List.of("after-1"), OPENED.plusSeconds(3600));
        assertEquals(RectificationStatus.SUBMITTED, o.status());
        assertEquals(List.of("after-1"), o.submissionEvidenceIds());
        o.requestVerification();
        assertEquals(RectificationStatus.VERIFYING, o.status());
        assertTrue(o.allows(RectificationAction.PASS_REINSPECTION));
        assertFalse(o.allows(RectificationAction.ACKNOWLEDGE));
    }

    @Test
    void aPassedReinspectionClosesOnTimeWhenTheFixWasSubmittedByTheDeadline() {
        RectificationOrder o = verifying(DEADLINE.minusSeconds(60));
        o.closeFixed(DEADLINE.plus(Duration.ofHours(2)), CALENDAR);
        assertEquals(RectificationStatus.CLOSED, o.status());
        assertTrue(o.onTime(), "submitted in time, verified later");
        assertEquals(Closure.REINSPECTION, o.closure());
        assertEquals(
                Duration.ofHours(19).toSeconds(),
                o.officeSecondsToClose(),
                "Wednesday from 10:00, Thursday, Friday until 12:00: 7.5 + 8.5 + 3 office hours");

        RectificationOrder late = verifying(DEADLINE.plusSeconds(60));
        late.closeFixed(DEADLINE.plus(Duration.ofDays(1)), CALENDAR);
        assertFalse(late.onTime());
    }

    @Test
    void onTimeIsJudgedAgainstTheDeadlineInForceWhenThePassingFixWasSubmitted() {
        // on time the first time, sent back with a fresh deadline, resubmitted after that one: late
        RectificationOrder o = verifying(DEADLINE.minusSeconds(60));
        Instant fresh = DEADLINE.plus(Duration.ofDays(1));
        o.sendBack(fresh, List.of(), DEADLINE, CALENDAR);
        o.acknowledge();
        o.submit("再次整改", List.of("after-2"), fresh.plusSeconds(60));
        assertEquals(fresh, o.deadlineAtSubmission());
        o.closeFixed(fresh.plus(Duration.ofDays(1)), CALENDAR);
        assertFalse(o.onTime(), "the passing submission came after the deadline in force then");

        // late for the first deadline, but the send-back's fresh allowance was kept: on time
        RectificationOrder rework = verifying(DEADLINE.plusSeconds(60));
        rework.sendBack(fresh, List.of(), DEADLINE.plusSeconds(120), CALENDAR);
        rework.acknowledge();
        rework.submit("再次整改", List.of("after-2"), fresh.minusSeconds(60));
        rework.closeFixed(fresh.plus(Duration.ofDays(1)), CALENDAR);
        assertTrue(rework.onTime());

        assertTrue(OnTime.of(DEADLINE, DEADLINE), "exactly at the deadline is in time");
        assertFalse(OnTime.of(DEADLINE.plusSeconds(1), DEADLINE));
        assertFalse(OnTime.of(null, DEADLINE), "nothing submitted");
    }

    @Test
    void aFailedReinspectionSendsTheOrderBackWithANewDeadline() {
        RectificationOrder o = verifying(DEADLINE.minusSeconds(60));
        Instant next = DEADLINE.plus(Duration.ofDays(3));
        o.sendBack(next, List.of("photo-3"), DEADLINE, CALENDAR);
        assertEquals(RectificationStatus.OPEN, o.status());
        assertEquals(2, o.failures());
        assertEquals(1, o.reinspectionFailures());
        assertEquals(next, o.deadline());
        assertFalse(o.overdue());
        assertEquals(List.of("photo-1", "photo-3"), o.evidenceIds());
        assertEquals(409, status(() -> o.sendBack(next, List.of(), DEADLINE, CALENDAR)), "only a submitted fix");
    }

    @Test
    void suspendingStopsTheClockAndResumingGivesBackTheOfficeTimeThatWasLeft() {
        RectificationOrder o = order();
        Instant wednesdayNoon = Instant.parse("2026-11-25T04:00:00Z");
        o.suspend("申诉处理中", wednesdayNoon, CALENDAR);
        assertTrue(o.suspended());
        assertNull(o.ref(DISTRICT).deadline(), "no deadline while the clock stands");
        assertEquals(409, status(o::checkSuspendable));
        assertEquals(409, status(() -> o.suspend("again", wednesdayNoon, CALENDAR)));
        // the clock stood from Wednesday 12:00 (15 office hours left: 5.5 + 8.5 + 1) until Monday 9:00
        Instant monday = Instant.parse("2026-11-30T01:00:00Z");
        o.resume(monday, CALENDAR);
        assertFalse(o.suspended());
        assertEquals(Instant.parse("2026-12-01T07:30:00Z"), o.deadline(), "Monday 8.5 hours, Tuesday until 15:30");
        assertEquals(409, status(() -> o.resume(monday, CALENDAR)), "not suspended");
    }

    @Test
    void aVoidedOrderClosesWithoutAnOnTimeFlagAndEndsItsSuspension() {
        RectificationOrder o = order();
        o.suspend("施工", OPENED, CALENDAR);
        o.voidOrder("问题不属实", OPENED.plusSeconds(3600), CALENDAR);
        assertEquals(RectificationStatus.CLOSED, o.status());
        assertEquals(Closure.VOIDED, o.closure());
        assertEquals("问题不属实", o.closureReason());
        assertNull(o.onTime(), "nothing was fixed: neither on time nor late");
        assertFalse(o.suspended());
        assertEquals(409, status(o::checkNotClosed));
        assertEquals(409, status(() -> o.voidOrder("again", OPENED.plusSeconds(7200), CALENDAR)));
    }

    @Test
    void aMergedOrderLivesOnInTheSurvivorWithItsEvidenceAndReports() {
        RectificationOrder merged = order("o-1", "CGJ");
        merged.attachFinding(List.of("photo-2"), false);
        RectificationOrder survivor = order("o-2", "CGJ");
        merged.mergeInto(survivor, "同一处问题", OPENED.plusSeconds(60), CALENDAR);
        assertEquals(Closure.MERGED, merged.closure());
        assertEquals("o-2", merged.mergedIntoId());
        assertNull(merged.onTime());
        assertEquals(3, survivor.reports(), "its own report and the merged order's two");
        assertEquals(List.of("photo-1", "photo-2"), survivor.evidenceIds());

        assertEquals(400, status(() -> survivor.mergeInto(survivor, "self", OPENED, CALENDAR)));
        RectificationOrder other = order("o-3", "JTJ");
        assertEquals(409, status(() -> other.mergeInto(survivor, "another unit", OPENED, CALENDAR)));
        assertEquals(409, status(() -> order("o-4", "CGJ").mergeInto(merged, "closed", OPENED, CALENDAR)));
    }

    @Test
    void byHandTheOfficeClimbsOneRungOrUpToANamedOneNeverDown() {
        RectificationOrder o = order();
        assertEquals(List.of(EscalationLevel.REMINDER), o.rungsByHand(null));
        assertEquals(
                List.of(EscalationLevel.REMINDER, EscalationLevel.SUPERVISION, EscalationLevel.NOTICE),
                o.rungsByHand(EscalationLevel.NOTICE));
        o.climbTo(EscalationLevel.NOTICE);
        assertEquals(409, status(() -> o.rungsByHand(EscalationLevel.SUPERVISION)));
        assertEquals(409, status(() -> o.rungsByHand(EscalationLevel.NOTICE)));
        o.climbTo(EscalationLevel.ACCOUNTABILITY);
        assertEquals(409, status(() -> o.rungsByHand(null)), "the top of the ladder");
    }

    @Test
    void aPatrolVerifiesASubmittedFixBeforeTheOfficeAskedForIt() {
        RectificationOrder o = order();
        o.acknowledge();
        o.submit("已清理", List.of("after-1"), OPENED.plusSeconds(60));
        assertTrue(o.allows(RectificationAction.PASS_REINSPECTION));
        assertTrue(o.allows(RectificationAction.FAIL_REINSPECTION));
        o.closeFixed(OPENED.plusSeconds(3600), CALENDAR);
        assertTrue(o.onTime());
    }

    @Test
    void anExtensionMovesTheDeadlineOnlyWhileTheUnitHasToActAndTheClockRuns() {
        RectificationOrder o = order();
        assertTrue(o.markOverdue());
        Instant previous = o.extend(2, OPENED, CALENDAR);
        assertEquals(DEADLINE, previous);
        assertEquals(Instant.parse("2026-12-01T02:00:00Z"), o.deadline(), "Friday + 2 working days = Tuesday");
        assertFalse(o.overdue());

        RectificationOrder suspended = order();
        suspended.suspend("缓办", OPENED, CALENDAR);
        assertEquals(409, status(() -> suspended.extend(1, OPENED, CALENDAR)));
        RectificationOrder submitted = verifying(DEADLINE);
        assertEquals(409, status(submitted::checkExtendable));
    }

    @Test
    void climbingKeepsTheLevelItCameFrom() {
        RectificationOrder o = order();
        assertEquals(EscalationLevel.NONE, o.climbTo(EscalationLevel.REMINDER));
        assertEquals(EscalationLevel.REMINDER, o.climbTo(EscalationLevel.SUPERVISION));
        assertEquals(EscalationLevel.SUPERVISION, o.level());
    }

    private static RectificationOrder verifying(Instant submittedAt) {
        RectificationOrder o = order();
        o.acknowledge();
        o.submit("已清理", List.of("after-1"), submittedAt);
        o.requestVerification();
        return o;
    }
}
