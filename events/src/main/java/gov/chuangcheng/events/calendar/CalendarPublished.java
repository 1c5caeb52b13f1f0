package gov.chuangcheng.events.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * {@code cc.calendar.published.v1}: the working calendar of one year. Compacted by year: the latest event of a year is
 * that year's calendar.
 *
 * @param zone            the district's time zone, e.g. {@code Asia/Shanghai}
 * @param holidays        weekdays that are days off (法定节假日)
 * @param breakStart      start of the midday break (午休) inside office hours, or null when there is none
 * @param breakEnd        end of the midday break, or null
 * @param makeUpWorkdays  weekend days that are working days (调休)
 * @param allDaysWorking  true for a 24×7 calendar (every day is a working day, office hours are the whole day)
 */
public record CalendarPublished(
        int year,
        String zone,
        LocalTime officeStart,
        LocalTime officeEnd,
        LocalTime breakStart,
        LocalTime breakEnd,
        List<LocalDate> holidays,
        List<LocalDate> makeUpWorkdays,
        boolean allDaysWorking) {}
