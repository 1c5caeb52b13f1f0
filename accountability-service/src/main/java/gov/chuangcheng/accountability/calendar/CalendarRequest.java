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
 * @param allDaysWorking true for a round-the-clock calendar (drills): office hours and days are then ignored
 */
public record CalendarRequest(String zone, LocalTime officeStart, LocalTime officeEnd, boolean allDaysWorking,
                              @Size(max = 120) List<@Valid @NotNull Day> days) {

    public record Day(@NotNull LocalDate date, @NotNull CalendarDay.Kind kind, @Size(max = 50) String name) {
    }
}
