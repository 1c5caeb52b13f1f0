package gov.chuangcheng.platform.input;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * Query parameters that are instants: ISO-8601 date-times with an offset, as the district writes them
 * ({@code 2026-12-02T08:00:00+08:00}); a time without an offset names no instant. Each caller reports a bad one in its
 * own error format.
 */
public final class DateTimes {

    static final String MESSAGE = "is not an ISO-8601 date-time with offset, e.g. 2026-12-02T08:00:00+08:00";

    private DateTimes() {}

    /**
     * The instant {@code value} names; null when it is absent or blank; otherwise the error {@code invalid} makes of the
     * message saying what is wrong.
     */
    public static Instant parse(String value, Function<String, ? extends RuntimeException> invalid) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid.apply(MESSAGE);
        }
    }
}
