package gov.chuangcheng.task.campaign;

import gov.chuangcheng.platform.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Days left until the evaluation: calendar days, and working days on the district's working calendar counted from
 * today (inclusive) to the evaluation day (exclusive). Zero once the day has come.
 *
 * @param currentPhase the phase today falls in, or null between phases
 */
public record Countdown(
        String campaign,
        String evaluationName,
        LocalDate evaluationDate,
        LocalDate today,
        long calendarDaysLeft,
        int workingDaysLeft,
        String currentPhase) {

    public record PhaseSpan(String name, LocalDate startsOn, LocalDate endsOn) {}

    public static Countdown of(
            String campaign,
            String evaluationName,
            LocalDate evaluationDate,
            LocalDate today,
            WorkingCalendar calendar,
            List<PhaseSpan> phases) {
        long calendarDays = Math.max(0, ChronoUnit.DAYS.between(today, evaluationDate));
        int workingDays = calendar.workingDaysBetween(today, evaluationDate);
        String phase = phases.stream()
                .filter(p -> !today.isBefore(p.startsOn()) && !today.isAfter(p.endsOn()))
                .map(PhaseSpan::name)
                .findFirst()
                .orElse(null);
        return new Countdown(campaign, evaluationName, evaluationDate, today, calendarDays, workingDays, phase);
    }
}
