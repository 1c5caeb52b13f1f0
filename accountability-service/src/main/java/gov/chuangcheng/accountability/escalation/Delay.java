package gov.chuangcheng.accountability.escalation;

import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * How long after the previous rung a rung of the ladder falls due, written as the office writes it: a number of
 * working days ({@code 3}: the same time of day, three working days later) or an ISO-8601 duration of office time
 * ({@code PT4H}: four office hours later, {@code PT30S} for a drill on a round-the-clock calendar).
 */
public record Delay(Integer workingDays, Duration officeTime) {

    public Delay {
        if ((workingDays == null) == (officeTime == null)) {
            throw new IllegalArgumentException("a delay is either working days or office time");
        }
        if (workingDays != null && workingDays < 1) {
            throw new IllegalArgumentException("working days must be at least 1");
        }
        if (officeTime != null && (officeTime.isNegative() || officeTime.isZero())) {
            throw new IllegalArgumentException("office time must be positive");
        }
    }

    public static Delay workingDays(int n) {
        return new Delay(n, null);
    }

    public static Delay officeTime(Duration d) {
        return new Delay(null, d);
    }

    /** {@code 3} → three working days; {@code PT4H} → four office hours. */
    public static Delay parse(String text) {
        String value = Objects.requireNonNull(text, "delay").trim();
        if (value.matches("\\d+")) {
            return workingDays(Integer.parseInt(value));
        }
        try {
            return officeTime(Duration.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a delay is a number of working days or an ISO-8601 duration: " + text);
        }
    }

    /** As the office writes it: {@code 3} or {@code PT4H}. */
    public String text() {
        return workingDays != null ? workingDays.toString() : officeTime.toString();
    }

    public Instant after(Instant t, WorkingCalendar calendar) {
        return workingDays != null
                ? EscalationLadder.workingDaysAfter(t, workingDays, calendar)
                : calendar.plusOfficeTime(t, officeTime);
    }
}
