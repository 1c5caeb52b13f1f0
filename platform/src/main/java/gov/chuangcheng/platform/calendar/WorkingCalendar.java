package gov.chuangcheng.platform.calendar;

import gov.chuangcheng.events.calendar.CalendarPublished;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Working-calendar arithmetic: which days are working days (weekdays, minus holidays, plus 调休 make-up days) and
 * how office time adds up. Deadlines of rectification orders, escalation delays and the campaign countdown all use
 * this one implementation.
 *
 * <p>Immutable and free of I/O; the calendar data comes from {@code cc.calendar.v1}.
 */
public final class WorkingCalendar {

    private final ZoneId zone;
    private final LocalTime officeStart;
    private final LocalTime officeEnd;
    /** The midday break (午休) inside office hours, or null: office time does not run during it. */
    private final LocalTime breakStart;

    private final LocalTime breakEnd;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;
    private final boolean allDaysWorking;

    public WorkingCalendar(
            ZoneId zone,
            LocalTime officeStart,
            LocalTime officeEnd,
            Set<LocalDate> holidays,
            Set<LocalDate> makeUpWorkdays,
            boolean allDaysWorking) {
        this(zone, officeStart, officeEnd, null, null, holidays, makeUpWorkdays, allDaysWorking);
    }

    /** Office hours with a midday break, e.g. 08:30–12:00 and 14:00–17:30 (break 12:00–14:00). */
    public WorkingCalendar(
            ZoneId zone,
            LocalTime officeStart,
            LocalTime officeEnd,
            LocalTime breakStart,
            LocalTime breakEnd,
            Set<LocalDate> holidays,
            Set<LocalDate> makeUpWorkdays,
            boolean allDaysWorking) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.officeStart = allDaysWorking ? LocalTime.MIN : Objects.requireNonNull(officeStart, "officeStart");
        this.officeEnd = allDaysWorking ? LocalTime.MAX : Objects.requireNonNull(officeEnd, "officeEnd");
        if (!this.officeEnd.isAfter(this.officeStart)) {
            throw new IllegalArgumentException("office hours must end after they start");
        }
        boolean hasBreak = !allDaysWorking && breakStart != null && breakEnd != null;
        if (hasBreak
                && !(breakStart.isAfter(this.officeStart)
                        && breakEnd.isAfter(breakStart)
                        && this.officeEnd.isAfter(breakEnd))) {
            throw new IllegalArgumentException("the midday break must lie inside office hours");
        }
        this.breakStart = hasBreak ? breakStart : null;
        this.breakEnd = hasBreak ? breakEnd : null;
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        this.allDaysWorking = allDaysWorking;
    }

    /** Every day is a working day and the office never closes: for drills and for 24×7 operations. */
    public static WorkingCalendar allDaysWorking(ZoneId zone) {
        return new WorkingCalendar(zone, null, null, Set.of(), Set.of(), true);
    }

    /** Monday to Friday, 09:00–17:30, with the given holidays and make-up days. */
    public static WorkingCalendar standard(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        return new WorkingCalendar(zone, LocalTime.of(9, 0), LocalTime.of(17, 30), holidays, makeUpWorkdays, false);
    }

    /**
     * The calendar described by the published years (cc.calendar.v1). Office hours and zone come from the latest
     * year; holidays and make-up days of all years count. A year published as round-the-clock makes the whole
     * calendar round-the-clock (drills). Years nobody published follow the plain Monday–Friday rule.
     */
    public static WorkingCalendar of(Collection<CalendarPublished> years, ZoneId defaultZone) {
        if (years.isEmpty()) {
            return standard(defaultZone, Set.of(), Set.of());
        }
        CalendarPublished latest = years.stream()
                .max(Comparator.comparingInt(CalendarPublished::year))
                .orElseThrow();
        ZoneId zone = latest.zone() == null ? defaultZone : ZoneId.of(latest.zone());
        if (years.stream().anyMatch(CalendarPublished::allDaysWorking)) {
            return allDaysWorking(zone);
        }
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUps = new HashSet<>();
        years.forEach(y -> {
            holidays.addAll(y.holidays());
            makeUps.addAll(y.makeUpWorkdays());
        });
        return new WorkingCalendar(
                zone,
                latest.officeStart(),
                latest.officeEnd(),
                latest.breakStart(),
                latest.breakEnd(),
                holidays,
                makeUps,
                false);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (allDaysWorking || makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The deadline of something given {@code workingDays} working days from {@code start}: the end of office hours on
     * the n-th working day after the day of {@code start}. Zero means the end of the same day if that is a working day
     * and still open, otherwise the end of the next working day.
     */
    public Instant deadlineAfterWorkingDays(Instant start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        ZonedDateTime local = start.atZone(zone);
        LocalDate day = local.toLocalDate();
        boolean startCounts = isWorkingDay(day) && local.toLocalTime().isBefore(officeEnd);
        if (!startCounts) {
            day = nextWorkingDay(day);
        }
        for (int i = 0; i < workingDays; i++) {
            day = nextWorkingDay(day);
        }
        return endOfOffice(day);
    }

    /**
     * {@code start} plus {@code duration} of office time: only time inside office hours on working days counts.
     * On a 24×7 calendar this is plain addition.
     */
    public Instant plusOfficeTime(Instant start, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        if (allDaysWorking) {
            return start.plus(duration);
        }
        Duration left = duration;
        LocalDateTime cursor = start.atZone(zone).toLocalDateTime();
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (!isWorkingDay(day) || !cursor.toLocalTime().isBefore(officeEnd)) {
                cursor = nextWorkingDay(day).atTime(officeStart);
                continue;
            }
            if (cursor.toLocalTime().isBefore(officeStart)) {
                cursor = day.atTime(officeStart);
            }
            if (breakStart != null
                    && !cursor.toLocalTime().isBefore(breakStart)
                    && cursor.toLocalTime().isBefore(breakEnd)) {
                cursor = day.atTime(breakEnd);
            }
            // office time left in the current period: until the break, or until the end of the day
            LocalTime periodEnd =
                    breakStart != null && cursor.toLocalTime().isBefore(breakStart) ? breakStart : officeEnd;
            Duration openNow = Duration.between(cursor.toLocalTime(), periodEnd);
            if (left.compareTo(openNow) <= 0) {
                return cursor.plus(left).atZone(zone).toInstant();
            }
            left = left.minus(openNow);
            cursor = periodEnd.equals(breakStart)
                    ? day.atTime(breakEnd)
                    : nextWorkingDay(day).atTime(officeStart);
        }
    }

    /**
     * The latest instant from which {@code duration} of office time ends at {@code end}: the inverse of
     * {@link #plusOfficeTime} looking back, e.g. two office hours before a deadline, for the 提醒 before it.
     */
    public Instant minusOfficeTime(Instant end, Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        if (allDaysWorking || duration.isZero()) {
            return end.minus(duration);
        }
        Duration left = duration;
        LocalDateTime cursor = end.atZone(zone).toLocalDateTime();
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (!isWorkingDay(day) || !cursor.toLocalTime().isAfter(officeStart)) {
                cursor = previousWorkingDay(day).atTime(officeEnd);
                continue;
            }
            if (cursor.toLocalTime().isAfter(officeEnd)) {
                cursor = day.atTime(officeEnd);
            }
            if (breakStart != null
                    && cursor.toLocalTime().isAfter(breakStart)
                    && !cursor.toLocalTime().isAfter(breakEnd)) {
                cursor = day.atTime(breakStart);
            }
            // office time open in the current period looking back: since the break, or since the start of the day
            boolean afterBreak = breakStart != null && cursor.toLocalTime().isAfter(breakEnd);
            LocalTime periodStart = afterBreak ? breakEnd : officeStart;
            Duration openNow = Duration.between(periodStart, cursor.toLocalTime());
            if (left.compareTo(openNow) <= 0) {
                return cursor.minus(left).atZone(zone).toInstant();
            }
            left = left.minus(openNow);
            cursor = afterBreak
                    ? day.atTime(breakStart)
                    : previousWorkingDay(day).atTime(officeEnd);
        }
    }

    /** The working day before {@code day}. */
    public LocalDate previousWorkingDay(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * The office time from {@code from} to {@code to}, to the minute: the shortest duration d with
     * {@code plusOfficeTime(from, d) >= to} (so it is the inverse of {@link #plusOfficeTime}); zero when {@code to} is
     * not after {@code from}. A suspended order keeps this much of its allowance.
     */
    public Duration officeTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        long lo = 0;
        long hi = Math.max(1, Duration.between(from, to).toMinutes() + 1);
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            if (plusOfficeTime(from, Duration.ofMinutes(mid)).isBefore(to)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Duration.ofMinutes(lo);
    }

    /** Working days in the half-open range [{@code from}, {@code to}); zero when {@code to} is not after {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private Instant endOfOffice(LocalDate day) {
        if (allDaysWorking) {
            return day.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
        }
        return day.atTime(officeEnd).atZone(zone).toInstant();
    }
}
