package gov.chuangcheng.inspection.responsibility;

/**
 * Which unit answers for a failure of a standard at a point, and so receives the rectification order: the one place
 * this precedence is decided. A unit the campaign office settled for the point × standard (确权, after a dispute or a
 * reassignment) comes first, because the office has ruled on exactly this question and the next failure must not go
 * back to the unit it ruled out; then the point's own responsible unit; then, for a place with no unit of its own (a
 * temporary point, a report off a registered point), the unit of the grid it lies in. Pure: callers look the units up.
 */
public final class ResponsibilityRule {

    private ResponsibilityRule() {}

    /** A unit by code and display name. */
    public record Unit(String code, String name) {

        /** A unit, or null when there is no code: an absent rung of the rule. */
        public static Unit ofNullable(String code, String name) {
            return code == null || code.isBlank() ? null : new Unit(code, name == null ? code : name);
        }
    }

    /**
     * The responsible unit: {@code settled}, else {@code pointUnit}, else {@code gridUnit}; each may be null.
     *
     * @throws IllegalArgumentException when all three are null: a failure nobody answers for must not be published
     */
    public static Unit responsible(Unit settled, Unit pointUnit, Unit gridUnit) {
        if (settled != null) {
            return settled;
        }
        if (pointUnit != null) {
            return pointUnit;
        }
        if (gridUnit != null) {
            return gridUnit;
        }
        throw new IllegalArgumentException("no unit answers: neither settled, nor the point's, nor the grid's");
    }
}
