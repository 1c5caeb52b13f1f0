package gov.chuangcheng.platform.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as people in the office write them in sentences: 12月3日 17:30 (district time, no year, no offset). */
public final class WrittenDates {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private WrittenDates() {}

    public static String of(Instant instant, ZoneId zone) {
        return instant == null ? "" : DAY_TIME.format(instant.atZone(zone));
    }
}
