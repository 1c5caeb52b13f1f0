package gov.chuangcheng.inspection.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How rates are given: a decimal with four places, rounded half up (0.8333 = 83.33 %; a ratio such as reports per
 * point may exceed 1); null when there is nothing to divide by, or, for the pass-rate report, when the denominator is
 * below its minimum sample ({@code cc.statistics.minimum-sample}).
 */
public final class Rates {

    public static final int SCALE = 4;

    private Rates() {}

    public static BigDecimal rate(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * {@link #rate(long, long)}, or null when {@code whole} is below {@code minimumSample}: a unit with one failed
     * inspection would otherwise rank below every unit with 99 of 100, and the numbers beside the rate say why.
     */
    public static BigDecimal rate(long part, long whole, int minimumSample) {
        return whole < Math.max(1, minimumSample) ? null : rate(part, whole);
    }
}
