package gov.chuangcheng.accountability.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * Whether the office has loaded the working calendar the deadlines need: the current year always, and from December
 * on the next one too (the State Council publishes the next year's holidays and 调休 days in November or December).
 * A year nobody loaded falls back to the plain Monday–Friday rule, so its 元旦 and 春节 would count as working days.
 */
public record CalendarCoverage(
        int currentYear, boolean currentLoaded, int nextYear, boolean nextLoaded, boolean nextDue) {

    public static CalendarCoverage of(Set<Integer> loadedYears, LocalDate today) {
        int current = today.getYear();
        return new CalendarCoverage(
                current,
                loadedYears.contains(current),
                current + 1,
                loadedYears.contains(current + 1),
                today.getMonth() == Month.DECEMBER);
    }

    public boolean sufficient() {
        return currentLoaded && (nextLoaded || !nextDue);
    }

    /** What the office has to do, in its words; null when nothing. */
    public String advice() {
        if (!currentLoaded) {
            return "未导入" + currentYear + "年工作日历：整改时限按周一至周五计算，未计节假日和调休，请尽快导入";
        }
        if (nextDue && !nextLoaded) {
            return "未导入" + nextYear + "年工作日历：请按国务院办公厅" + nextYear + "年节假日安排通知导入，" + "否则跨年的整改时限将按周一至周五计算";
        }
        return null;
    }
}
