package gov.chuangcheng.accountability.escalation;

import static gov.chuangcheng.events.EscalationLevel.ACCOUNTABILITY;
import static gov.chuangcheng.events.EscalationLevel.NONE;
import static gov.chuangcheng.events.EscalationLevel.NOTICE;
import static gov.chuangcheng.events.EscalationLevel.REMINDER;
import static gov.chuangcheng.events.EscalationLevel.SUPERVISION;
import static gov.chuangcheng.events.EscalationLevel.TALK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.EscalationLevel;
import gov.chuangcheng.events.rectification.EscalationReason;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EscalationLadderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingCalendar CALENDAR;

    static {
        Set<LocalDate> holidays = new HashSet<>();
        for (int d = 1; d <= 7; d++) {
            holidays.add(LocalDate.of(2026, 10, d));
        }
        CALENDAR = WorkingCalendar.standard(
                SHANGHAI, holidays, Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));
    }

    // 提醒 2 office hours before the deadline; 通报 3, 约谈 5 and 问责 5 working days after the previous rung
    private final EscalationLadder ladder = new EscalationLadder(Duration.ofHours(2), 3, 5, 5);

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void eachTimeTriggerIsDueOnTheWorkingCalendar() {
        Instant opened = at(9, 28, 10, 0);
        Instant deadline = at(9, 30, 17, 30);
        List<EscalationLadder.Step> steps = ladder.schedule(opened, deadline, NONE, CALENDAR);
        assertEquals(
                List.of(REMINDER, SUPERVISION, NOTICE, TALK, ACCOUNTABILITY),
                steps.stream().map(EscalationLadder.Step::level).toList());
        assertEquals(at(9, 30, 15, 30), steps.get(0).dueAt(), "提醒 two hours before the deadline");
        assertEquals(deadline, steps.get(1).dueAt(), "督办 when overdue");
        // 3 working days after the deadline, across National Day: 10-08, 10-09, 10-10 (调休)
        assertEquals(at(10, 10, 17, 30), steps.get(2).dueAt(), "通报 N working days later");
        // 5 more: 10-12 .. 10-16
        assertEquals(at(10, 16, 17, 30), steps.get(3).dueAt(), "约谈");
        assertEquals(at(10, 23, 17, 30), steps.get(4).dueAt(), "问责");
    }

    @Test
    void theReminderIsNeverDueBeforeTheOrderOpened() {
        Instant opened = at(9, 30, 16, 0);
        List<EscalationLadder.Step> steps = ladder.schedule(opened, at(9, 30, 17, 30), NONE, CALENDAR);
        assertEquals(opened, steps.get(0).dueAt());
    }

    @Test
    void onlyStepsAboveTheCurrentLevelAreScheduled() {
        List<EscalationLadder.Step> steps = ladder.schedule(at(9, 28, 10, 0), at(9, 30, 17, 30), NOTICE, CALENDAR);
        assertEquals(
                List.of(TALK, ACCOUNTABILITY),
                steps.stream().map(EscalationLadder.Step::level).toList());
        assertTrue(ladder.schedule(at(9, 28, 10, 0), at(9, 30, 17, 30), ACCOUNTABILITY, CALENDAR)
                .isEmpty());
    }

    @Test
    void aDueStepClimbsToItsLevelOrIsSkippedWhenAFailureGotThereFirst() {
        assertEquals(List.of(REMINDER), ladder.onDueStep(NONE, REMINDER));
        assertEquals(List.of(SUPERVISION), ladder.onDueStep(REMINDER, SUPERVISION));
        assertEquals(List.of(), ladder.onDueStep(NOTICE, SUPERVISION));
        assertEquals(List.of(), ladder.onDueStep(NOTICE, NOTICE));
    }

    @Test
    void theReminderIsDueSoonInOfficeTimeBeforeTheDeadlineAndOnlySupervisionIsOverdue() {
        // deadline Monday 10:00: two office hours before it are Monday 09:00–10:00 and Friday 16:30–17:30
        Instant deadline = at(11, 30, 10, 0);
        List<EscalationLadder.Step> steps = ladder.schedule(at(11, 25, 10, 0), deadline, NONE, CALENDAR);
        assertEquals(at(11, 27, 16, 30), steps.get(0).dueAt(), "not Monday 08:00, before the office opens");
        assertEquals(EscalationReason.DUE_SOON, steps.get(0).reason());
        assertTrue(steps.stream().skip(1).allMatch(step -> step.reason() == EscalationReason.OVERDUE));
    }

    @Test
    void aLadderWhoseClockStopsAtNoticeLeavesTheHigherRungsToTheOfficesHand() {
        EscalationLadder minor = new EscalationLadder(
                Duration.ofHours(1), Delay.workingDays(2), Delay.workingDays(5), Delay.workingDays(5), NOTICE);
        List<EscalationLadder.Step> steps = minor.schedule(at(9, 28, 10, 0), at(9, 30, 17, 30), NONE, CALENDAR);
        assertEquals(
                List.of(REMINDER, SUPERVISION, NOTICE),
                steps.stream().map(EscalationLadder.Step::level).toList());
        assertEquals(at(9, 30, 16, 30), steps.get(0).dueAt(), "one office hour before");
        assertThrows(
                IllegalArgumentException.class,
                () -> new EscalationLadder(
                        Duration.ofHours(1),
                        Delay.workingDays(2),
                        Delay.workingDays(5),
                        Delay.workingDays(5),
                        REMINDER),
                "the clock climbs at least to 督办");
    }

    @Test
    void aRelapseStartsOneRungAboveWhereThePreviousEpisodeEnded() {
        assertEquals(REMINDER, ladder.relapseStart(NONE));
        assertEquals(TALK, ladder.relapseStart(NOTICE));
        assertEquals(ACCOUNTABILITY, ladder.relapseStart(ACCOUNTABILITY));
    }

    /**
     * The sweeper's rule after downtime: every step due by now fires once, in due order, at its original due time,
     * and a second sweep finds nothing.
     */
    @Test
    void afterDowntimeEveryMissedStepFiresOnceInOrderWithItsOriginalDueTime() {
        Instant opened = at(9, 28, 10, 0);
        List<EscalationLadder.Step> pending =
                new ArrayList<>(ladder.schedule(opened, at(9, 30, 17, 30), NONE, CALENDAR));
        record Fired(EscalationLevel level, Instant at) {}
        List<Fired> fired = new ArrayList<>();
        EscalationLevel level = NONE;
        Instant now = at(10, 20, 9, 0); // down from before the reminder until after 约谈 was due
        for (int sweep = 0; sweep < 2; sweep++) {
            List<EscalationLadder.Step> due = pending.stream()
                    .filter(s -> !s.dueAt().isAfter(now))
                    .sorted(Comparator.comparing(EscalationLadder.Step::dueAt))
                    .toList();
            for (EscalationLadder.Step s : due) {
                for (EscalationLevel rung : ladder.onDueStep(level, s.level())) {
                    fired.add(new Fired(rung, s.dueAt()));
                    level = rung;
                }
                pending.remove(s);
            }
        }
        assertEquals(
                List.of(
                        new Fired(REMINDER, at(9, 30, 15, 30)),
                        new Fired(SUPERVISION, at(9, 30, 17, 30)),
                        new Fired(NOTICE, at(10, 10, 17, 30)),
                        new Fired(TALK, at(10, 16, 17, 30))),
                fired);
        assertEquals(
                List.of(ACCOUNTABILITY),
                pending.stream().map(EscalationLadder.Step::level).toList());
    }

    @Test
    void climbListsEveryRungLowestFirst() {
        assertEquals(List.of(SUPERVISION, NOTICE, TALK), EscalationLadder.climb(REMINDER, TALK));
        assertEquals(List.of(), EscalationLadder.climb(TALK, REMINDER));
        assertThrows(IllegalArgumentException.class, () -> new EscalationLadder(Duration.ofHours(1), 0, 1, 1));
    }

    @Test
    void delaysCanBeOfficeTimeForDrillsOnARoundTheClockCalendar() {
        WorkingCalendar drill = WorkingCalendar.allDaysWorking(SHANGHAI);
        EscalationLadder fast = new EscalationLadder(
                java.time.Duration.ofSeconds(20), Delay.parse("PT30S"), Delay.parse("PT30S"), Delay.parse("PT1M"));
        java.time.Instant opened = java.time.Instant.parse("2026-11-28T15:00:00Z"); // a Saturday night in Shanghai
        java.time.Instant deadline = opened.plusSeconds(60);
        var steps = fast.schedule(opened, deadline, gov.chuangcheng.events.EscalationLevel.NONE, drill);
        assertEquals(
                java.util.List.of(
                        opened.plusSeconds(40),
                        deadline,
                        deadline.plusSeconds(30),
                        deadline.plusSeconds(60),
                        deadline.plusSeconds(120)),
                steps.stream().map(EscalationLadder.Step::dueAt).toList());
    }

    @Test
    void delaysParseAsWorkingDaysOrOfficeTime() {
        assertEquals(Delay.workingDays(3), Delay.parse("3"));
        assertEquals(Delay.officeTime(java.time.Duration.ofHours(4)), Delay.parse(" PT4H "));
        // office time skips the night: Friday 16:30 + 2 office hours = Monday 10:00 (office 09:00–17:30)
        java.time.Instant friday =
                java.time.ZonedDateTime.of(2026, 11, 27, 16, 30, 0, 0, SHANGHAI).toInstant();
        assertEquals(
                java.time.ZonedDateTime.of(2026, 11, 30, 10, 0, 0, 0, SHANGHAI).toInstant(),
                Delay.parse("PT2H").after(friday, CALENDAR));
        assertThrows(IllegalArgumentException.class, () -> Delay.parse("soon"));
        assertThrows(IllegalArgumentException.class, () -> Delay.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> Delay.parse("PT0S"));
    }
}
