package gov.chuangcheng.accountability.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 申诉时限 around the 2026 National Day holiday (10-01..10-07 off; Saturday 10-10 worked). */
class AppealWindowTest {

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

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void fiveWorkingDaysAfterTheEntryAndTheHolidayDoesNotCount() {
        // a deduction on 9-30 at 10:00: 9-30, then 10-08, 10-09, 10-10 (worked Saturday), 10-12, 10-13 → 10-13 17:30
        Instant closes = AppealWindow.closesAt(at(9, 30, 10, 0), 5, CALENDAR);
        assertEquals(CALENDAR.deadlineAfterWorkingDays(at(9, 30, 10, 0), 5), closes);
        assertTrue(AppealWindow.open(at(10, 13, 17, 30), at(9, 30, 10, 0), 5, CALENDAR));
        assertFalse(AppealWindow.open(at(10, 13, 17, 31), at(9, 30, 10, 0), 5, CALENDAR));
    }

    @Test
    void eachDeductionHasItsOwnWindowWhateverTheOrderDid() {
        Instant early = AppealWindow.closesAt(at(9, 28, 9, 0), 5, CALENDAR);
        Instant late = AppealWindow.closesAt(at(10, 19, 9, 0), 5, CALENDAR);
        assertTrue(late.isAfter(early));
        assertFalse(
                AppealWindow.open(at(10, 20, 9, 0), at(9, 28, 9, 0), 5, CALENDAR), "the early entry's window closed");
        assertTrue(AppealWindow.open(at(10, 20, 9, 0), at(10, 19, 9, 0), 5, CALENDAR), "the late entry's is open");
    }
}
