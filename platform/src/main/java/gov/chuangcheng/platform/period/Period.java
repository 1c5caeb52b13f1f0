package gov.chuangcheng.platform.period;

import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reporting period: calendar days {@code from} to {@code to}, both included, in {@code zone} — the district's zone
 * ({@code cc.calendar.zone}, Asia/Shanghai by default), where a person reads them — from 00:00 of {@code from} to
 * 24:00 of {@code to} there. A week (周通报) runs Monday to Sunday, a month (月排名) from its first day to its last; any
 * other range is a {@link Kind#RANGE}.
 */
public record Period(Kind kind, LocalDate from, LocalDate to, ZoneId zone) {

    /** How the period was chosen, which decides what its previous period is. */
    public enum Kind {
        WEEK,
        MONTH,
        RANGE;

        /** The kind as the {@code period} parameter takes it: week, month, range. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Period {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
    }

    public static Period week(LocalDate day, ZoneId zone) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(Kind.WEEK, monday, monday.plusDays(6), zone);
    }

    public static Period month(LocalDate day, ZoneId zone) {
        return new Period(Kind.MONTH, day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()), zone);
    }

    public static Period range(LocalDate from, LocalDate to, ZoneId zone) {
        return new Period(Kind.RANGE, from, to, zone);
    }

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

    /** The period before this one: the week before, the month before, or as many days just before a range. */
    public Period previous() {
        return switch (kind) {
            case WEEK -> week(from.minusWeeks(1), zone);
            case MONTH -> month(from.minusMonths(1), zone);
            case RANGE -> range(from.minusDays(days()), from.minusDays(1), zone);
        };
    }

    /** The period as people write it: 2026年12月1日至12月7日, 2026年11月30日至2027年1月3日, 2026年12月3日. */
    public String written() {
        String first = from.getYear() + "年" + from.getMonthValue() + "月" + from.getDayOfMonth() + "日";
        if (from.equals(to)) {
            return first;
        }
        String last = (to.getYear() == from.getYear() ? "" : to.getYear() + "年") + to.getMonthValue() + "月"
                + to.getDayOfMonth() + "日";
        return first + "至" + last;
    }

    /**
     * The period of a query: {@code period=week} or {@code period=month} is the week (Monday to Sunday) or the month
     * holding {@code date} (yyyy-MM-dd, today when absent); otherwise {@code from} and {@code to} (both included,
     * either may be absent: absent {@code to} is today, absent {@code from} is {@code defaultDays} days up to
     * {@code to}). 400 naming the parameter when a date is malformed, {@code period} is unknown, {@code date} is
     * given with a range or {@code from}/{@code to} with a week or month, {@code from} lies after {@code to}, or a
     * range is longer than {@code maxDays}. {@code today} is today in {@code zone}.
     */
    public static Period parse(Query query, LocalDate today, int defaultDays, int maxDays, ZoneId zone) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Kind kind = kind(query.period(), errors);
        LocalDate day = date("date", query.date(), errors);
        LocalDate end = date("to", query.to(), errors);
        LocalDate start = date("from", query.from(), errors);
        if (kind == Kind.WEEK || kind == Kind.MONTH) {
            if (start != null || end != null) {
                errors.add(new Problem.FieldError(start != null ? "from" : "to", "按周或按月统计时不能再指定起止日期，请用date指定其中任一天"));
            }
        } else if (day != null) {
            errors.add(new Problem.FieldError("date", "date只用于period=week或period=month"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (kind == Kind.WEEK) {
            return week(day == null ? today : day, zone);
        }
        if (kind == Kind.MONTH) {
            return month(day == null ? today : day, zone);
        }
        if (end == null) {
            end = start != null && start.isAfter(today) ? start : today;
        }
        if (start == null) {
            start = end.minusDays(defaultDays - 1L);
        }
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "起始日期不能晚于截止日期（" + end + "）");
        }
        Period period = range(start, end, zone);
        if (period.days() > maxDays) {
            throw ProblemException.invalid(
                    query.to() == null || query.to().isBlank() ? "from" : "to",
                    "统计期间最长" + maxDays + "天，此期间为" + period.days() + "天");
        }
        return period;
    }

    /** A query's period parameters as given, each possibly absent. */
    public record Query(String period, String date, String from, String to) {

        public static Query range(String from, String to) {
            return new Query(null, null, from, to);
        }
    }

    private static Kind kind(String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Kind.RANGE;
        }
        for (Kind kind : Kind.values()) {
            if (kind.parameter().equalsIgnoreCase(value.trim())) {
                return kind;
            }
        }
        errors.add(new Problem.FieldError("period", "统计期间只能是week（周）、month（月）或range（起止日期）"));
        return Kind.RANGE;
    }

    private static LocalDate date(String parameter, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(parameter, "日期格式应为2026-11-25（yyyy-MM-dd）"));
            return null;
        }
    }
}
