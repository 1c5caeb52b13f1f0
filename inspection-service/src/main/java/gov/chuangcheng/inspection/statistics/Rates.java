package gov.chuangcheng.inspection.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How rates are given: a decimal fraction between 0 and 1 with four places, rounded half up (0.8333 = 83.33 %);
 * null when there is nothing to divide by.
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
}
