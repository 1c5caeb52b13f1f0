package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting period: calendar days {@code from} to {@code to}, both included, in {@code zone} — the district's zone
 * ({@code cc.calendar.zone}, Asia/Shanghai by default), where a person reads them — from 00:00 of {@code from} to
 * 24:00 of {@code to} there.
 */
public record Period(LocalDate from, LocalDate to, ZoneId zone) {

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * The period of a query's {@code from} and {@code to} (yyyy-MM-dd, either may be absent): absent {@code to} is
     * today; absent {@code from} is {@code defaultDays} days up to {@code to}. 400 naming the parameter when a date
     * is malformed, {@code from} lies after {@code to}, or the period is longer than {@code maxDays}. {@code today}
     * is today in {@code zone}.
     */
    public static Period parse(String from, String to, LocalDate today, int defaultDays, int maxDays, ZoneId zone) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate end = date("to", to, errors);
        LocalDate start = date("from", from, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (end == null) {
            end = start != null && start.isAfter(today) ? start : today;
        }
        if (start == null) {
            start = end.minusDays(defaultDays - 1L);
        }
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "must not be after to (" + end + ")");
        }
        Period period = new Period(start, end, zone);
        if (period.days() > maxDays) {
            throw ProblemException.invalid(
                    to == null || to.isBlank() ? "from" : "to",
                    "a period spans at most " + maxDays + " days, this one " + period.days());
        }
        return period;
    }

    private static LocalDate date(String parameter, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(parameter, "must be a date like 2026-11-25 (yyyy-MM-dd)"));
            return null;
        }
    }
}
