package gov.chuangcheng.accountability.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

public record CalendarView(
        int year,
        String zone,
        LocalTime officeStart,
        LocalTime officeEnd,
        LocalTime breakStart,
        LocalTime breakEnd,
        boolean allDaysWorking,
        long version,
        List<DayView> days) {

    public record DayView(LocalDate date, CalendarDay.Kind kind, String kindName, String name) {}

    static CalendarView of(CalendarYear y) {
        return new CalendarView(
                y.year,
                y.zone,
                y.officeStart,
                y.officeEnd,
                y.breakStart,
                y.breakEnd,
                y.allDaysWorking,
                y.version,
                y.days.stream()
                        .map(d -> new DayView(d.day, d.kind, d.kind.displayName(), d.name))
                        .toList());
    }
}
