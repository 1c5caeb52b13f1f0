package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.platform.calendar.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;

/** Office time measured on the working calendar. */
public final class OfficeTime {

    private OfficeTime() {
    }

    /**
     * The office time from {@code from} to {@code to}, to the minute: the shortest duration d with
     * {@code plusOfficeTime(from, d) >= to}; zero when {@code to} is not after {@code from}.
     */
    public static Duration between(Instant from, Instant to, WorkingCalendar calendar) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long lo = 0;
        long hi = Math.max(1, Duration.between(from, to).toMinutes() + 1);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (calendar.plusOfficeTime(from, Duration.ofMinutes(mid)).isBefore(to)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Duration.ofMinutes(lo);
    }
}
