package gov.chuangcheng.accountability.deadline;

import gov.chuangcheng.events.Severity;
import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a unit has to rectify (处置时限), on the working calendar: either office time (e.g. 4 working hours,
 * {@link WorkingCalendar#plusOfficeTime}) or working days (end of office on the n-th working day,
 * {@link WorkingCalendar#deadlineAfterWorkingDays}). Every severity has a default; a standard may have its own
 * allowance (e.g. exposed garbage 暴露垃圾: 4 working hours whatever the severity), which wins over the severity's.
 */
public final class DeadlinePolicy {

    /** One allowance: exactly one of office time and working days. */
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

        public Instant deadline(Instant openedAt, WorkingCalendar calendar) {
            return officeTime != null
                    ? calendar.plusOfficeTime(openedAt, officeTime)
                    : calendar.deadlineAfterWorkingDays(openedAt, workingDays);
        }
    }

    private final Map<Severity, Allowance> bySeverity;
    private final Map<String, Allowance> byStandard;

    public DeadlinePolicy(Map<Severity, Allowance> bySeverity) {
        this(bySeverity, Map.of());
    }

    /** @param byStandard allowances per standard code (测评标准), winning over the severity's */
    public DeadlinePolicy(Map<Severity, Allowance> bySeverity, Map<String, Allowance> byStandard) {
        for (Severity s : Severity.values()) {
            Objects.requireNonNull(bySeverity.get(s), "no deadline allowance for " + s);
        }
        byStandard.forEach((code, a) -> {
            Objects.requireNonNull(a, "no allowance for standard " + code);
            if (!DeadlineRules.isStandardCode(code)) {
                throw new IllegalArgumentException("not a standard code: " + code);
            }
        });
        this.bySeverity = new EnumMap<>(bySeverity);
        this.byStandard = Map.copyOf(byStandard);
    }

    /** This policy with {@code overrides} (per standard code) put over the standards' allowances it has. */
    public DeadlinePolicy withStandards(Map<String, Allowance> overrides) {
        Map<String, Allowance> merged = new HashMap<>(byStandard);
        merged.putAll(overrides);
        return new DeadlinePolicy(bySeverity, merged);
    }

    public Allowance forSeverity(Severity severity) {
        return bySeverity.get(severity);
    }

    public Optional<Allowance> forStandard(String standardCode) {
        return Optional.ofNullable(standardCode == null ? null : byStandard.get(standardCode));
    }

    public Map<Severity, Allowance> severities() {
        return Map.copyOf(bySeverity);
    }

    public Map<String, Allowance> standards() {
        return byStandard;
    }

    /** The standard's own allowance if it has one, else its severity's. */
    public Allowance allowance(Severity severity, String standardCode) {
        return forStandard(standardCode).orElseGet(() -> bySeverity.get(severity));
    }

    public Instant deadline(Severity severity, Instant openedAt, WorkingCalendar calendar) {
        return bySeverity.get(severity).deadline(openedAt, calendar);
    }

    public Instant deadline(Severity severity, String standardCode, Instant openedAt, WorkingCalendar calendar) {
        return allowance(severity, standardCode).deadline(openedAt, calendar);
    }
}
