package gov.chuangcheng.platform.time;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads a {@code timestamptz} column of a native query, whichever Java type the driver and Hibernate chose. */
public final class SqlTimes {

    private SqlTimes() {}

    /** The column as an instant; null stays null. */
    public static Instant instant(Object column) {
        if (column == null) {
            return null;
        }
        if (column instanceof Instant i) {
            return i;
        }
        if (column instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (column instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + column.getClass());
    }
}
