package gov.chuangcheng.inspection.statistics;

import java.math.BigDecimal;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One group of a pass-rate report: {@code key} (a point type, unit code, standard code or street; null for points
 * without a street) and its Chinese {@code name}, then three rates, each after the counts it divides:
 *
 * <ul>
 *   <li>{@code rate} = {@code passed} ÷ {@code inspected}: the field inspections (patrols, 督查), or their items for
 *       standards;
 *   <li>{@code verificationRate} = {@code verifiedPassed} ÷ {@code verified}: the re-inspections (复查), which check
 *       a unit's fix of one problem and so say nothing of how the point is kept: they never enter {@code rate};
 *   <li>{@code reportsPerPoint} = {@code reports} ÷ {@code activePoints}, by unit and street only (null otherwise).
 * </ul>
 *
 * Every rate is a decimal with four places, null when its denominator is below the report's {@code minimumSample}.
 */
@Schema(name = "PassRateRow")
public record PassRateRow(
        @Schema(description = "Point type, unit code, standard code or street; null for points without a street")
        String key,

        @Schema(description = "Chinese name of the group") String name,

        @Schema(description = "Field inspections (patrols; items of them for by=standard): the denominator of rate")
        long inspected,

        @Schema(description = "Of inspected, how many passed: the numerator of rate")
        long passed,

        @Schema(description = "inspected - passed") long failed,

        @Schema(
                description = "passed ÷ inspected (合格率); null when inspected < minimumSample. "
                        + "Re-inspections never count here.")
        BigDecimal rate,

        @Schema(
                description = "Re-inspections (复查, items of the standard under verification for by=standard):"
                        + " the denominator of verificationRate")
        long verified,

        @Schema(description = "Of verified, how many found the problem fixed: the numerator of verificationRate")
        long verifiedPassed,

        @Schema(description = "verified - verifiedPassed") long verifiedFailed,

        @Schema(description = "verifiedPassed ÷ verified; null when verified < minimumSample")
        BigDecimal verificationRate,

        @Schema(
                description = "by=unit and by=street: 12345 / Open311 reports received in the period at the "
                        + "group's points, the numerator of reportsPerPoint; null for the other dimensions")
        Long reports,

        @Schema(
                description = "by=unit and by=street: the group's active registered points now, the "
                        + "denominator of reportsPerPoint; null for the other dimensions")
        Long activePoints,

        @Schema(
                description = "reports ÷ activePoints; null when activePoints < minimumSample or for the "
                        + "other dimensions")
        BigDecimal reportsPerPoint) {

    /** Worst first: lowest rate (rows without one last), then the most inspected, then by key. */
    public static final Comparator<PassRateRow> WORST_FIRST = Comparator.comparing(
                    PassRateRow::rate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PassRateRow::inspected, Comparator.reverseOrder())
            .thenComparing(PassRateRow::key, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * What a row is computed from. {@code reports} and {@code activePoints} are null where the dimension does not
     * count reports (point type, standard).
     */
    public record Counts(
            long inspected, long passed, long verified, long verifiedPassed, Long reports, Long activePoints) {

        public static final Counts NONE = new Counts(0, 0, 0, 0, null, null);

        public static Counts inspections(long inspected, long passed, long verified, long verifiedPassed) {
            return new Counts(inspected, passed, verified, verifiedPassed, null, null);
        }

        public Counts withReports(long reports, long activePoints) {
            return new Counts(inspected, passed, verified, verifiedPassed, reports, activePoints);
        }

        /** The sum of both, as the total row adds its rows; reports stay null only when neither counts them. */
        public Counts plus(Counts other) {
            return new Counts(
                    inspected + other.inspected,
                    passed + other.passed,
                    verified + other.verified,
                    verifiedPassed + other.verifiedPassed,
                    sum(reports, other.reports),
                    sum(activePoints, other.activePoints));
        }

        private static Long sum(Long a, Long b) {
            if (a == null && b == null) {
                return null;
            }
            return (a == null ? 0 : a) + (b == null ? 0 : b);
        }
    }

    public static PassRateRow of(String key, String name, Counts c, int minimumSample) {
        return new PassRateRow(
                key,
                name,
                c.inspected(),
                c.passed(),
                c.inspected() - c.passed(),
                Rates.rate(c.passed(), c.inspected(), minimumSample),
                c.verified(),
                c.verifiedPassed(),
                c.verified() - c.verifiedPassed(),
                Rates.rate(c.verifiedPassed(), c.verified(), minimumSample),
                c.reports(),
                c.activePoints(),
                c.reports() == null ? null : Rates.rate(c.reports(), c.activePoints(), minimumSample));
    }
}
