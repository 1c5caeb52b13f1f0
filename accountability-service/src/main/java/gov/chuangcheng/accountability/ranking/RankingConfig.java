package gov.chuangcheng.accountability.ranking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The ranking of units ({@code cc.ranking.*}); its rates' minimum sample is {@code cc.ledger.rates.minimum-sample}. */
@ConfigMapping(prefix = "cc.ranking")
public interface RankingConfig {

    /** The score a period's places are by; the campaign's are by the score now either way (they order alike). */
    @WithDefault("PERIOD_SCORE")
    RankBy rankBy();

    /**
     * How often the campaign's ranking is counted and published ({@code cc.assessment.ranking-published.v1}) when its
     * figures changed; "off" publishes none. A deadline passing changes the on-time rate without any write, so it is
     * a clock, not a trigger.
     */
    @WithDefault("60s")
    String publishEvery();

    /** A range given without {@code from}: this many days up to {@code to}. */
    @WithDefault("30")
    int defaultPeriodDays();

    /** The longest range a ranking is counted over, in days (both ends included). */
    @WithDefault("366")
    int maxPeriodDays();
}
