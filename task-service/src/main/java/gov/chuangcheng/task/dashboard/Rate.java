package gov.chuangcheng.task.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A share of a sample, e.g. tasks completed on time out of the tasks that came due. A rate on fewer than the minimum
 * sample is not shown (null): two orders closed on time out of two say nothing about a unit, and would rank it first.
 *
 * @param hits   the favourable cases
 * @param sample all cases
 */
public record Rate(long hits, long sample) {

    public static final Rate NONE = new Rate(0, 0);

    public Rate {
        if (hits < 0 || sample < 0 || hits > sample) {
            throw new IllegalArgumentException("hits " + hits + " of sample " + sample);
        }
    }

    /** hits ÷ sample to 4 decimals, or null when the sample is smaller than {@code minSample} (or empty). */
    public BigDecimal value(int minSample) {
        if (sample == 0 || sample < minSample) {
            return null;
        }
        return BigDecimal.valueOf(hits).divide(BigDecimal.valueOf(sample), 4, RoundingMode.HALF_UP);
    }
}
