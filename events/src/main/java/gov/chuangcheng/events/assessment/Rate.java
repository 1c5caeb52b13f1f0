package gov.chuangcheng.events.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate with what it divides: {@code value} = {@code numerator} ÷ {@code denominator} as a decimal fraction with four
 * places (0.7582 = 75.82 %), rounded half up; null while the denominator is below the minimum sample (two orders
 * closed on time out of two say nothing about a unit and would rank it first) or zero.
 */
public record Rate(long numerator, long denominator, BigDecimal value) {

    public static final int SCALE = 4;

    public Rate {
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("a rate counts cases: " + numerator + " of " + denominator);
        }
    }

    /** {@code numerator} of {@code denominator}, its value null below {@code minimumSample} cases. */
    public static Rate of(long numerator, long denominator, int minimumSample) {
        BigDecimal value = denominator == 0 || denominator < minimumSample
                ? null
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
        return new Rate(numerator, denominator, value);
    }
}
