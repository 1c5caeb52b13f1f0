package gov.chuangcheng.accountability.calendar;

import gov.chuangcheng.platform.problem.Problem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a calendar year valid; returns every problem at once so the office can fix them in one go. */
final class CalendarRules {

    private CalendarRules() {}

    static List<Problem.FieldError> check(int year, CalendarRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (year < 2000 || year > 2100) {
            errors.add(new Problem.FieldError("year", "must be between 2000 and 2100"));
        }
        if (request.zone() != null) {
            try {
                ZoneId.of(request.zone());
            } catch (DateTimeException e) {
                errors.add(new Problem.FieldError("zone", "is not a time zone id such as Asia/Shanghai"));
            }
        }
        if (!request.allDaysWorking()) {
            if (request.officeStart() == null) {
                errors.add(new Problem.FieldError("officeStart", "is required unless allDaysWorking"));
            }
            if (request.officeEnd() == null) {
                errors.add(new Problem.FieldError("officeEnd", "is required unless allDaysWorking"));
            }
            if (request.officeStart() != null
                    && request.officeEnd() != null
                    && !request.officeEnd().isAfter(request.officeStart())) {
                errors.add(new Problem.FieldError("officeEnd", "must be after officeStart"));
            }
            if ((request.breakStart() == null) != (request.breakEnd() == null)) {
                errors.add(new Problem.FieldError(
                        request.breakStart() == null ? "breakStart" : "breakEnd",
                        "a midday break needs both breakStart and breakEnd"));
            } else if (request.breakStart() != null
                    && request.officeStart() != null
                    && request.officeEnd() != null
                    && !(request.breakStart().isAfter(request.officeStart())
                            && request.breakEnd().isAfter(request.breakStart())
                            && request.officeEnd().isAfter(request.breakEnd()))) {
                errors.add(new Problem.FieldError("breakStart", "the break must lie inside office hours"));
            }
        }
        List<CalendarRequest.Day> days = request.days() == null ? List.of() : request.days();
        Set<java.time.LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarRequest.Day d = days.get(i);
            String field = "days[" + i + "].date";
            if (d.date().getYear() != year) {
                errors.add(new Problem.FieldError(field, "is not in " + year));
            }
            if (!seen.add(d.date())) {
                errors.add(new Problem.FieldError(field, d.date() + " is listed twice"));
            }
            boolean weekend =
                    d.date().getDayOfWeek() == DayOfWeek.SATURDAY || d.date().getDayOfWeek() == DayOfWeek.SUNDAY;
            if (d.kind() == CalendarDay.Kind.MAKE_UP_WORKDAY && !weekend) {
                errors.add(new Problem.FieldError(
                        field, d.date() + " is a weekday: only a weekend day can be a make-up working day"));
            }
        }
        return errors;
    }
}
