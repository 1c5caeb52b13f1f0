package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Who sees what in the reports, and small conversions of native query results. */
final class Scopes {

    private Scopes() {
    }

    /**
     * Office and leaders see every unit; a department its own unit and the units below it; an inspector (who goes
     * everywhere, and may read only the map) every point.
     */
    static UnitScope of(Actor actor, UnitDirectory directory) {
        if (actor.seesAllUnits()) {
            return UnitScope.all();
        }
        if (actor.has(Roles.DEPARTMENT)) {
            return directory.scopeOf(actor);
        }
        if (actor.has(Roles.INSPECTOR)) {
            return UnitScope.all();
        }
        return UnitScope.none();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
