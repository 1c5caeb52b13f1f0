package gov.chuangcheng.accountability.request;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When a unit may return an order as not its responsibility (退单), without I/O. A unit disputes within its window
 * after it got the order (critical orders in office hours, others in working days); each unit disputes an order once,
 * so an order is disputed at most twice — by the unit it opened for and by the unit it was reassigned to — and the
 * office's decision on the second dispute is final. The clock does not stop while a dispute waits.
 */
public record DisputeRule(Duration criticalWindow, int windowWorkingDays) {

    /** The most disputes one order admits; the decision on the last is final. */
    static final int MAX_PER_ORDER = 2;

    static DisputeRule of(DisputeConfig config) {
        return new DisputeRule(config.criticalWindow(), config.windowWorkingDays());
    }

    /** When the window of a unit that got an order of {@code severity} at {@code assignedAt} closes. */
    public Instant closesAt(Severity severity, Instant assignedAt, WorkingCalendar calendar) {
        return severity == Severity.CRITICAL
                ? calendar.plusOfficeTime(assignedAt, criticalWindow)
                : calendar.deadlineAfterWorkingDays(assignedAt, windowWorkingDays);
    }

    /**
     * Why unit {@code unitCode} may not dispute the order now, or empty when it may; {@code earlierDisputingUnits} are
     * the units that disputed the order before, in any state.
     */
    public Optional<String> refusal(
            String orderNumber,
            String unitCode,
            List<String> earlierDisputingUnits,
            Instant now,
            Severity severity,
            Instant assignedAt,
            WorkingCalendar calendar) {
        if (earlierDisputingUnits.size() >= MAX_PER_ORDER) {
            return Optional.of("整改单" + orderNumber + "已两次退单，创城办的确权决定为最终结果，不能再退单");
        }
        if (earlierDisputingUnits.contains(unitCode)) {
            return Optional.of("本单位已对整改单" + orderNumber + "退单一次，创城办已作出决定，不能再次退单");
        }
        Instant closes = closesAt(severity, assignedAt, calendar);
        if (now.isAfter(closes)) {
            return Optional.of("整改单" + orderNumber + "的退单时限已过（"
                    + (severity == Severity.CRITICAL
                            ? "严重问题为接单后" + hours(criticalWindow) + "个工作小时"
                            : "接单后" + windowWorkingDays + "个工作日")
                    + "），请按期整改，或对扣分提出申诉");
        }
        return Optional.empty();
    }

    /** Whether the decision on the {@code nth} dispute of an order (1-based) is final. */
    public boolean finalDecision(int nth) {
        return nth >= MAX_PER_ORDER;
    }

    private static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes % 60 == 0 ? Long.toString(minutes / 60) : String.valueOf(minutes / 60.0);
    }
}
