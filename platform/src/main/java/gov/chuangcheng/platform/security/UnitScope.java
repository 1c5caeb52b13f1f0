package gov.chuangcheng.platform.security;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The units a caller may see. {@link #all()} for office and leaders; otherwise a closed set — the caller's unit and
 * the units below it — that services put into their queries' {@code where} clause.
 */
public record UnitScope(boolean unrestricted, Set<String> units) {

    public static UnitScope all() {
        return new UnitScope(true, Set.of());
    }

    public static UnitScope only(Collection<String> units) {
        return new UnitScope(false, Set.copyOf(units));
    }

    public static UnitScope none() {
        return new UnitScope(false, Set.of());
    }

    public boolean includes(String unitCode) {
        return unrestricted || (unitCode != null && units.contains(unitCode));
    }

    /** The unit codes to filter by, or empty when no filter applies. */
    public Optional<Set<String>> filter() {
        return unrestricted ? Optional.empty() : Optional.of(units);
    }
}
