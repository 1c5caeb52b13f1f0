package gov.chuangcheng.accountability.request;

import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.Instant;

/**
 * How long a unit may appeal a deduction (申诉时限): until the end of office on the n-th working day after the ledger
 * entry was recorded. Each deduction is contested in its own time, whether the order is still open or closed.
 */
public final class AppealWindow {

    private AppealWindow() {}

    public static Instant closesAt(Instant entryRecordedAt, int workingDays, WorkingCalendar calendar) {
        return calendar.deadlineAfterWorkingDays(entryRecordedAt, workingDays);
    }

    public static boolean open(Instant now, Instant entryRecordedAt, int workingDays, WorkingCalendar calendar) {
        return !now.isAfter(closesAt(entryRecordedAt, workingDays, calendar));
    }
}
