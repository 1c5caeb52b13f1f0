package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.platform.security.UnitScope;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.Map;

/** A native SQL {@code where} clause built from optional filters, with its named parameters. */
final class Where {

    private final StringBuilder sql = new StringBuilder("true");
    private final Map<String, Object> params = new LinkedHashMap<>();

    Where and(String condition) {
        sql.append(" and ").append(condition);
        return this;
    }

    Where and(String condition, String parameter, Object value) {
        sql.append(" and ").append(condition);
        params.put(parameter, value);
        return this;
    }

    /** Limits {@code column} to the scope's units; an empty scope matches nothing. */
    Where scope(String column, UnitScope scope) {
        scope.filter().ifPresent(units -> {
            if (units.isEmpty()) {
                sql.append(" and false");
            } else {
                and(column + " in (:scopeUnits)", "scopeUnits", units);
            }
        });
        return this;
    }

    Where param(String parameter, Object value) {
        params.put(parameter, value);
        return this;
    }

    String sql() {
        return sql.toString();
    }

    <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }
}
