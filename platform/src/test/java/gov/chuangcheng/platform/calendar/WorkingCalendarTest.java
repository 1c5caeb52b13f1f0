package gov.chuangcheng.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 2026 National Day: 1–7 October off (Thu–Wed), Sunday 27 Sep and Saturday 10 Oct are make-up working days
    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 2),
            LocalDate.of(2026, 10, 5),
            LocalDate.of(2026, 10, 6),
            LocalDate.of(2026, 10, 7));
    private static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10));
    private final WorkingCalendar calendar = WorkingCalendar.standard(SHANGHAI, HOLIDAYS, MAKE_UP);

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void weekendsHolidaysAndMakeUpDays() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 11, 25))); // Wednesday
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 11, 28))); // Saturday
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))); // National Day
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 9, 27))); // make-up Sunday (调休)
    }

    @Test
    void deadlineCountsWorkingDaysAndEndsAtCloseOfOffice() {
        // opened Wednesday 10:00, 3 working days → Monday 17:30 (Sat/Sun skipped)
        assertEquals(at(11, 30, 17, 30), calendar.deadlineAfterWorkingDays(at(11, 25, 10, 0), 3));
        // opened Wednesday 18:00 (after hours) counts from Thursday: 1 working day → Friday 17:30
        assertEquals(at(11, 27, 17, 30), calendar.deadlineAfterWorkingDays(at(11, 25, 18, 0), 1));
        // opened on a Saturday, 0 days → Monday close
        assertEquals(at(11, 30, 17, 30), calendar.deadlineAfterWorkingDays(at(11, 28, 9, 0), 0));
    }

    @Test
    void deadlineJumpsTheGoldenWeekAndUsesTheMakeUpSaturday() {
        // opened Wednesday 30 Sep 10:00, 2 working days: Thu 1, Fri 2 off; Sat 3/Sun 4 weekend; Mon 5–Wed 7 off;
        // Thu 8 is day 1, Fri 9 day 2
        assertEquals(at(10, 9, 17, 30), calendar.deadlineAfterWorkingDays(at(9, 30, 10, 0), 2));
        // 3 working days → the make-up Saturday 10 October
        assertEquals(at(10, 10, 17, 30), calendar.deadlineAfterWorkingDays(at(9, 30, 10, 0), 3));
    }

    @Test
    void officeTimeOnlyCountsOfficeHours() {
        // Friday 16:30 + 2 office hours → Monday 10:00 (1 h on Friday, 1 h on Monday from 09:00)
        assertEquals(at(11, 30, 10, 0), calendar.plusOfficeTime(at(11, 27, 16, 30), Duration.ofHours(2)));
        // before opening: starts counting at 09:00
        assertEquals(at(11, 25, 9, 30), calendar.plusOfficeTime(at(11, 25, 7, 0), Duration.ofMinutes(30)));
        assertThrows(
                IllegalArgumentException.class, () -> calendar.plusOfficeTime(at(11, 25, 7, 0), Duration.ofHours(-1)));
    }

    @Test
    void workingDaysBetweenIsHalfOpen() {
        assertEquals(5, calendar.workingDaysBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)));
        assertEquals(0, calendar.workingDaysBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 23)));
        // 28 Sep – 11 Oct: Mon 28, Tue 29, Wed 30 Sep, Thu 8, Fri 9, Sat 10 (make-up) = 6
        assertEquals(6, calendar.workingDaysBetween(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 11)));
    }

    @Test
    void roundTheClockCalendarIsPlainArithmetic() {
        WorkingCalendar drill = WorkingCalendar.allDaysWorking(SHANGHAI);
        Instant saturdayNight = at(11, 28, 23, 0);
        assertEquals(saturdayNight.plusSeconds(90), drill.plusOfficeTime(saturdayNight, Duration.ofSeconds(90)));
        assertTrue(drill.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertEquals(7, drill.workingDaysBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)));
    }

    @Test
    void builtFromPublishedYears() {
        var y2026 = new gov.chuangcheng.events.calendar.CalendarPublished(
                2026,
                "Asia/Shanghai",
                java.time.LocalTime.of(8, 30),
                java.time.LocalTime.of(17, 0),
                null,
                null,
                java.util.List.of(LocalDate.of(2026, 10, 1)),
                java.util.List.of(LocalDate.of(2026, 10, 10)),
                false);
        var y2027 = new gov.chuangcheng.events.calendar.CalendarPublished(
                2027,
                "Asia/Shanghai",
                java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(17, 30),
                java.time.LocalTime.of(12, 0),
                java.time.LocalTime.of(13, 30),
                java.util.List.of(LocalDate.of(2027, 1, 1)),
                java.util.List.of(),
                false);
        WorkingCalendar both = WorkingCalendar.of(java.util.List.of(y2026, y2027), SHANGHAI);
        assertFalse(both.isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(both.isWorkingDay(LocalDate.of(2026, 10, 10)));
        assertFalse(both.isWorkingDay(LocalDate.of(2027, 1, 1)));
        // office hours of the latest year
        assertEquals(at(11, 25, 17, 30), both.deadlineAfterWorkingDays(at(11, 25, 10, 0), 0));
        // the latest year's midday break applies: 11:30 + 1 office hour = 14:00
        assertEquals(at(11, 25, 14, 0), both.plusOfficeTime(at(11, 25, 11, 30), Duration.ofHours(1)));
        var drill = new gov.chuangcheng.events.calendar.CalendarPublished(
                2026, "Asia/Shanghai", null, null, null, null, java.util.List.of(), java.util.List.of(), true);
        assertTrue(WorkingCalendar.of(java.util.List.of(drill), SHANGHAI).isWorkingDay(LocalDate.of(2026, 10, 1)));
        assertTrue(WorkingCalendar.of(java.util.List.of(), SHANGHAI).isWorkingDay(LocalDate.of(2026, 11, 25)));
    }

    @Test
    void officeTimeStopsForTheMiddayBreak() {
        WorkingCalendar split = new WorkingCalendar(
                SHANGHAI,
                java.time.LocalTime.of(8, 30),
                java.time.LocalTime.of(17, 30),
                java.time.LocalTime.of(12, 0),
                java.time.LocalTime.of(14, 0),
                HOLIDAYS,
                MAKE_UP,
                false);
        // 4 office hours from 04:10 (before opening): 08:30–12:00 is 3.5 h, then 14:00 + 0.5 h
        assertEquals(at(11, 26, 14, 30), split.plusOfficeTime(at(11, 26, 4, 10), Duration.ofHours(4)));
        // starting inside the break counts from 14:00
        assertEquals(at(11, 26, 15, 0), split.plusOfficeTime(at(11, 26, 12, 45), Duration.ofHours(1)));
        // Friday 16:30 + 2 h: 1 h on Friday, then Monday 08:30–09:30
        assertEquals(at(11, 30, 9, 30), split.plusOfficeTime(at(11, 27, 16, 30), Duration.ofHours(2)));
        // a whole day of office time is 7 h: 08:30 + 7 h = 17:30 the same day
        assertEquals(at(11, 26, 17, 30), split.plusOfficeTime(at(11, 26, 8, 30), Duration.ofHours(7)));
        assertThrows(
                IllegalArgumentException.class,
                () -> new WorkingCalendar(
                        SHANGHAI,
                        java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(17, 0),
                        java.time.LocalTime.of(8, 0),
                        java.time.LocalTime.of(10, 0),
                        HOLIDAYS,
                        MAKE_UP,
                        false));
    }

    @Test
    void officeTimeBeforeADeadlineLooksBackOverBreaksNightsAndHolidays() {
        WorkingCalendar split = new WorkingCalendar(
                SHANGHAI,
                java.time.LocalTime.of(8, 30),
                java.time.LocalTime.of(17, 30),
                java.time.LocalTime.of(12, 0),
                java.time.LocalTime.of(14, 0),
                HOLIDAYS,
                MAKE_UP,
                false);
        // two office hours before 15:00: 14:00–15:00, then 11:00–12:00 before the break
        assertEquals(at(11, 26, 11, 0), split.minusOfficeTime(at(11, 26, 15, 0), Duration.ofHours(2)));
        // before Monday 09:30: 08:30–09:30, then Friday 16:30–17:30
        assertEquals(at(11, 27, 16, 30), split.minusOfficeTime(at(11, 30, 9, 30), Duration.ofHours(2)));
        // a deadline at the end of office day: 17:30 − 2 h = 15:30
        assertEquals(at(11, 26, 15, 30), split.minusOfficeTime(at(11, 26, 17, 30), Duration.ofHours(2)));
        // from inside the break or the night it looks back from the last office minute
        assertEquals(at(11, 26, 11, 0), split.minusOfficeTime(at(11, 26, 13, 0), Duration.ofHours(1)));
        assertEquals(at(11, 26, 16, 30), split.minusOfficeTime(at(11, 26, 22, 0), Duration.ofHours(1)));
        // 8 October (first working day after the Golden Week, Thursday) 09:00 − 2 h: 08:30–09:00, then 30 Sep
        assertEquals(at(9, 30, 16, 0), split.minusOfficeTime(at(10, 8, 9, 0), Duration.ofHours(2)));
        // the inverse of plusOfficeTime
        for (int minutes : new int[] {1, 59, 210, 420, 421, 3000}) {
            Instant end = at(11, 30, 10, 17);
            Instant start = split.minusOfficeTime(end, Duration.ofMinutes(minutes));
            assertEquals(end, split.plusOfficeTime(start, Duration.ofMinutes(minutes)), minutes + " min");
        }
        assertEquals(at(11, 26, 15, 0), calendar.minusOfficeTime(at(11, 26, 15, 0), Duration.ZERO));
        assertEquals(
                at(11, 26, 13, 0),
                WorkingCalendar.allDaysWorking(SHANGHAI).minusOfficeTime(at(11, 26, 15, 0), Duration.ofHours(2)));
    }
}
