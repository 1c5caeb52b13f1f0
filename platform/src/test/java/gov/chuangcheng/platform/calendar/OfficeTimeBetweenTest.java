package gov.chuangcheng.platform.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OfficeTimeBetweenTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final WorkingCalendar CALENDAR;

    static {
        Set<LocalDate> holidays = new HashSet<>();
        for (int d = 1; d <= 7; d++) {
            holidays.add(LocalDate.of(2026, 10, d));
        }
        CALENDAR = WorkingCalendar.standard(SHANGHAI, holidays, Set.of(LocalDate.of(2026, 10, 10)));
    }

    private static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void countsOnlyOfficeHoursOnWorkingDays() {
        assertEquals(Duration.ofHours(3), CALENDAR.officeTimeBetween(at(9, 29, 9, 0), at(9, 29, 12, 0)));
        // 16:00–17:30 on 09-30, the holiday, 09:00–10:30 on 10-08
        assertEquals(Duration.ofHours(3), CALENDAR.officeTimeBetween(at(9, 30, 16, 0), at(10, 8, 10, 30)));
        assertEquals(Duration.ZERO, CALENDAR.officeTimeBetween(at(10, 8, 10, 30), at(9, 30, 16, 0)));
        // from a holiday evening to the end of the make-up Saturday: three full office days
        assertEquals(Duration.ofMinutes(3 * 510), CALENDAR.officeTimeBetween(at(10, 3, 20, 0), at(10, 10, 17, 30)));
    }

    @Test
    void isTheInverseOfPlusOfficeTime() {
        Instant from = at(9, 30, 11, 17);
        for (long minutes : new long[] {1, 59, 250, 600, 2000}) {
            Instant to = CALENDAR.plusOfficeTime(from, Duration.ofMinutes(minutes));
            assertEquals(Duration.ofMinutes(minutes), CALENDAR.officeTimeBetween(from, to));
        }
    }
}
