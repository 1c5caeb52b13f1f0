package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.calendar.WorkingCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How long a unit has to rectify, by severity, on the working calendar: either office time (e.g. 4 working hours for
 * CRITICAL, {@link WorkingCalendar#plusOfficeTime}) or working days (end of office on the n-th working day,
 * {@link WorkingCalendar#deadlineAfterWorkingDays}).
 */
public final class DeadlinePolicy {

    /** One severity's allowance: exactly one of office time and working days. */
    public record Allowance(Duration officeTime, Integer workingDays) {
        public Allowance {
            if ((officeTime == null) == (workingDays == null)) {
                throw new IllegalArgumentException("an allowance is either office time or working days");
            }
            if (officeTime != null && (officeTime.isNegative() || officeTime.isZero())) {
                throw new IllegalArgumentException("office time must be positive");
            }
            if (workingDays != null && workingDays < 0) {
                throw new IllegalArgumentException("working days must not be negative");
            }
        }

        public static Allowance officeTime(Duration d) {
            return new Allowance(d, null);
        }

        public static Allowance workingDays(int n) {
            return new Allowance(null, n);
        }
    }

    private final Map<Severity, Allowance> allowances;

    public DeadlinePolicy(Map<Severity, Allowance> allowances) {
        for (Severity s : Severity.values()) {
            Objects.requireNonNull(allowances.get(s), "no deadline allowance for " + s);
        }
        this.allowances = new EnumMap<>(allowances);
    }

    /** The defaults: CRITICAL 4 working hours, SERIOUS 1 working day, GENERAL 3 working days. */
    public static DeadlinePolicy defaults() {
        return new DeadlinePolicy(Map.of(
                Severity.CRITICAL, Allowance.officeTime(Duration.ofHours(4)),
                Severity.SERIOUS, Allowance.workingDays(1),
                Severity.GENERAL, Allowance.workingDays(3)));
    }

    public Instant deadline(Severity severity, Instant openedAt, WorkingCalendar calendar) {
        Allowance a = allowances.get(severity);
        return a.officeTime() != null
                ? calendar.plusOfficeTime(openedAt, a.officeTime())
                : calendar.deadlineAfterWorkingDays(openedAt, a.workingDays());
    }
}
