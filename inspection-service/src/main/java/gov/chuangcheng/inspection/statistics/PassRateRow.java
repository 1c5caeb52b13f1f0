package gov.chuangcheng.inspection.statistics;

import java.math.BigDecimal;
import java.util.Comparator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One group of a pass-rate report: {@code key} (a point type, unit code, standard code or street; null for points
 * without a street) and its Chinese {@code name}, then two rates, each after the counts it divides:
 *
 * <ul>
 *   <li>{@code rate} = {@code passed} ÷ {@code inspected}: the field inspections (patrols, 督查), or their items for
 *       standards;
 *   <li>{@code verificationRate} = {@code verifiedPassed} ÷ {@code verified}: the re-inspections (复查), which check
 *       a unit's fix of one problem and so say nothing of how the point is kept: they never enter {@code rate};
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
        BigDecimal verificationRate) {

    /** Worst first: lowest rate (rows without one last), then the most inspected, then by key. */
    public static final Comparator<PassRateRow> WORST_FIRST = Comparator.comparing(
                    PassRateRow::rate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PassRateRow::inspected, Comparator.reverseOrder())
            .thenComparing(PassRateRow::key, Comparator.nullsLast(Comparator.naturalOrder()));

    /** What a row is computed from. */
    public record Counts(long inspected, long passed, long verified, long verifiedPassed) {

        public static final Counts NONE = new Counts(0, 0, 0, 0);

        /** The sum of both, as the total row adds its rows. */
        public Counts plus(Counts other) {
            return new Counts(
                    inspected + other.inspected,
                    passed + other.passed,
                    verified + other.verified,
                    verifiedPassed + other.verifiedPassed);
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
                Rates.rate(c.verifiedPassed(), c.verified(), minimumSample));
    }
}
