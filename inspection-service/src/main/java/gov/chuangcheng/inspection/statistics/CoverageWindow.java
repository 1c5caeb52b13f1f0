package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.platform.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * "Not inspected for N days" in calendar days of {@code zone} — the district's zone ({@code cc.calendar.zone},
 * Asia/Shanghai by default): a point is covered when it was inspected on one of the last {@code days} days, today
 * included — at or after 00:00 there of {@code today - (days - 1)}. (A rolling N × 24 h window would make the report
 * change hour by hour; the office counts days.)
 */
public record CoverageWindow(int days, LocalDate today, ZoneId zone) {

    public static final int MAX_DAYS = 366;

    /**
     * The window of a query's {@code days} up to {@code today} in {@code zone}; 400 naming {@code days} when it is
     * not 1 to {@value #MAX_DAYS}.
     */
    public static CoverageWindow of(String days, int defaultDays, LocalDate today, ZoneId zone) {
        int n;
        if (days == null || days.isBlank()) {
            n = defaultDays;
        } else {
            try {
                n = Integer.parseInt(days.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("days", "应为1到" + MAX_DAYS + "之间的整数天数");
            }
        }
        if (n < 1 || n > MAX_DAYS) {
            throw ProblemException.invalid("days", "应为1到" + MAX_DAYS + "之间的整数天数");
        }
        return new CoverageWindow(n, today, zone);
    }

    /** The first day of the window. */
    public LocalDate firstDay() {
        return today.minusDays(days - 1L);
    }

    /** Inspections at or after this instant cover a point. */
    public Instant since() {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** Whole calendar days (in {@code zone}) from the last inspection to today; null when never inspected. */
    public Long daysSince(Instant lastInspectedAt) {
        if (lastInspectedAt == null) {
            return null;
        }
        return ChronoUnit.DAYS.between(LocalDate.ofInstant(lastInspectedAt, zone), today);
    }
}
