package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.platform.directory.UnitDirectory;
import gov.chuangcheng.platform.security.Actor;
import gov.chuangcheng.platform.security.Roles;
import gov.chuangcheng.platform.security.UnitScope;

/** Who sees what in the reports, and small conversions of native query results. */
final class Scopes {

    private Scopes() {}

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

    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
