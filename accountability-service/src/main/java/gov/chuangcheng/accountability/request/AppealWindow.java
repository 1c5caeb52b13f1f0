package gov.chuangcheng.accountability.request;

import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a unit may appeal (申诉时限): until the end of office on the n-th working day after the order was opened or,
 * when later, after the latest deduction the order cost the unit (each deduction can be contested in its own time).
 */
public final class AppealWindow {

    private AppealWindow() {}

    public static Instant closesAt(
            Instant openedAt, Optional<Instant> lastDeduction, int workingDays, WorkingCalendar calendar) {
        Instant from = lastDeduction.filter(d -> d.isAfter(openedAt)).orElse(openedAt);
        return calendar.deadlineAfterWorkingDays(from, workingDays);
    }

    public static boolean open(
            Instant now, Instant openedAt, Optional<Instant> lastDeduction, int workingDays, WorkingCalendar calendar) {
        return !now.isAfter(closesAt(openedAt, lastDeduction, workingDays, calendar));
    }
}
