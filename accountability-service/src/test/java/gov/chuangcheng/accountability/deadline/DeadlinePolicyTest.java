package gov.chuangcheng.accountability.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Deadlines around the 2026 National Day holiday: 10-01..10-07 off, Sunday 09-20 and Saturday 10-10 worked (调休). */
class DeadlinePolicyTest {

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

    private final DeadlinePolicy policy = severities();

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void generalGetsThreeWorkingDaysAndTheHolidayDoesNotCount() {
        // Wed 09-30 counts as day 0; then Thu 10-08, Fri 10-09 and the make-up Saturday 10-10
        assertEquals(at(10, 10, 17, 30), policy.deadline(Severity.GENERAL, at(9, 30, 10, 0), CALENDAR));
    }

    @Test
    void seriousGetsOneWorkingDay() {
        assertEquals(at(10, 8, 17, 30), policy.deadline(Severity.SERIOUS, at(9, 30, 10, 0), CALENDAR));
        // Friday 09-18: the next working day is the make-up Sunday 09-20
        assertEquals(at(9, 20, 17, 30), policy.deadline(Severity.SERIOUS, at(9, 18, 10, 0), CALENDAR));
    }

    @Test
    void criticalGetsFourWorkingHoursThatSkipTheHoliday() {
        // 16:00–17:30 on 09-30 (1.5 h), then 2.5 h on Thu 10-08 from 09:00
        assertEquals(at(10, 8, 11, 30), policy.deadline(Severity.CRITICAL, at(9, 30, 16, 0), CALENDAR));
        // within one morning
        assertEquals(at(9, 29, 13, 0), policy.deadline(Severity.CRITICAL, at(9, 29, 9, 0), CALENDAR));
    }

    @Test
    void anOrderOpenedDuringTheHolidayStartsCountingOnTheFirstWorkingDay() {
        // opened on 10-03: day 0 is Thu 10-08, then 10-09, 10-10 (make-up Saturday), Mon 10-12
        assertEquals(at(10, 12, 17, 30), policy.deadline(Severity.GENERAL, at(10, 3, 10, 0), CALENDAR));
        // four working hours from a holiday: 09:00–13:00 on 10-08
        assertEquals(at(10, 8, 13, 0), policy.deadline(Severity.CRITICAL, at(10, 5, 20, 0), CALENDAR));
        // after office hours on the last day before the holiday: day 0 is 10-08
        assertEquals(at(10, 9, 17, 30), policy.deadline(Severity.SERIOUS, at(9, 30, 18, 0), CALENDAR));
    }

    @Test
    void thePolicyIsConfigurable() {
        DeadlinePolicy strict = new DeadlinePolicy(Map.of(
                Severity.CRITICAL, DeadlinePolicy.Allowance.officeTime(Duration.ofHours(2)),
                Severity.SERIOUS, DeadlinePolicy.Allowance.officeTime(Duration.ofHours(8)),
                Severity.GENERAL, DeadlinePolicy.Allowance.workingDays(0)));
        assertEquals(at(9, 30, 12, 0), strict.deadline(Severity.CRITICAL, at(9, 30, 10, 0), CALENDAR));
        assertEquals(at(10, 8, 9, 30), strict.deadline(Severity.SERIOUS, at(9, 30, 10, 0), CALENDAR));
        assertEquals(at(9, 30, 17, 30), strict.deadline(Severity.GENERAL, at(9, 30, 10, 0), CALENDAR));
    }

    @Test
    void everySeverityNeedsExactlyOneAllowance() {
        assertThrows(
                NullPointerException.class,
                () -> new DeadlinePolicy(Map.of(Severity.CRITICAL, DeadlinePolicy.Allowance.workingDays(1))));
        assertThrows(IllegalArgumentException.class, () -> new DeadlinePolicy.Allowance(Duration.ofHours(1), 1));
        assertThrows(IllegalArgumentException.class, () -> new DeadlinePolicy.Allowance(null, null));
        assertThrows(IllegalArgumentException.class, () -> DeadlinePolicy.Allowance.workingDays(-1));
    }

    @Test
    void aStandardsOwnAllowanceWinsOverItsSeverity() {
        // exposed garbage (暴露垃圾): 4 working hours whatever severity the inspector gave it
        DeadlinePolicy policy =
                severities().withStandards(Map.of("S-3.1.4", DeadlinePolicy.Allowance.officeTime(Duration.ofHours(4))));
        assertEquals(at(9, 30, 14, 0), policy.deadline(Severity.GENERAL, "S-3.1.4", at(9, 30, 10, 0), CALENDAR));
        assertEquals(at(9, 30, 14, 0), policy.deadline(Severity.SERIOUS, "S-3.1.4", at(9, 30, 10, 0), CALENDAR));
        // other standards keep their severity's allowance, and so does an order without a standard
        assertEquals(at(10, 10, 17, 30), policy.deadline(Severity.GENERAL, "S-3.1.5", at(9, 30, 10, 0), CALENDAR));
        assertEquals(at(10, 10, 17, 30), policy.deadline(Severity.GENERAL, null, at(9, 30, 10, 0), CALENDAR));
    }

    @Test
    void laterOverridesWinOverEarlierOnes() {
        // the configured allowance of a standard, then the office's over it
        DeadlinePolicy configured = new DeadlinePolicy(
                severities().severities(),
                Map.of("S-1", DeadlinePolicy.Allowance.workingDays(5), "S-2", DeadlinePolicy.Allowance.workingDays(2)));
        DeadlinePolicy withOffice =
                configured.withStandards(Map.of("S-1", DeadlinePolicy.Allowance.officeTime(Duration.ofHours(1))));
        assertEquals(
                DeadlinePolicy.Allowance.officeTime(Duration.ofHours(1)),
                withOffice.allowance(Severity.GENERAL, "S-1"));
        assertEquals(DeadlinePolicy.Allowance.workingDays(2), withOffice.allowance(Severity.CRITICAL, "S-2"));
        assertEquals(
                DeadlinePolicy.Allowance.officeTime(Duration.ofHours(4)),
                withOffice.allowance(Severity.CRITICAL, "S-3"));
        // the configured policy itself is unchanged
        assertEquals(DeadlinePolicy.Allowance.workingDays(5), configured.allowance(Severity.GENERAL, "S-1"));
    }

    @Test
    void aStandardsAllowanceNeedsAWellFormedCode() {
        assertThrows(
                IllegalArgumentException.class,
                () -> severities().withStandards(Map.of("S 1", DeadlinePolicy.Allowance.workingDays(1))));
    }

    /** CRITICAL 4 working hours, SERIOUS 1 working day, GENERAL 3 working days; no standard's own. */
    private static DeadlinePolicy severities() {
        return new DeadlinePolicy(Map.of(
                Severity.CRITICAL, DeadlinePolicy.Allowance.officeTime(Duration.ofHours(4)),
                Severity.SERIOUS, DeadlinePolicy.Allowance.workingDays(1),
                Severity.GENERAL, DeadlinePolicy.Allowance.workingDays(3)));
    }
}
