package gov.chuangcheng.accountability.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A year of the working calendar as the office enters it.
 *
 * @param breakStart     start of the midday break (午休) inside office hours; with breakEnd, or both absent
 * @param allDaysWorking true for a round-the-clock calendar (drills): office hours and days are then ignored
 */
public record CalendarRequest(
        @Size(max = 64) String zone,
        LocalTime officeStart,
        LocalTime officeEnd,
        LocalTime breakStart,
        LocalTime breakEnd,
        boolean allDaysWorking,
        @Size(max = 120) List<@Valid @NotNull Day> days) {

    public record Day(
            @NotNull LocalDate date,
            @NotNull CalendarDay.Kind kind,
            @Size(max = 50) String name) {}
}
