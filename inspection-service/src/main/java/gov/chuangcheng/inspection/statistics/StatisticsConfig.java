package gov.chuangcheng.inspection.statistics;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and defaults of the coverage report and the statistics (统计). */
@ConfigMapping(prefix = "cc.statistics")
public interface StatisticsConfig {

    /** Longest range ({@code from}/{@code to}) of a pass-rate or worst-points query, in days (both ends included). */
    @WithDefault("366")
    int maxPeriodDays();

    /** The period when a query gives no {@code period}, {@code from} or {@code to}: the last this many days, today included. */
    @WithDefault("30")
    int defaultPeriodDays();

    /**
     * A rate of the pass-rate report (pass rate, verification rate, reports per point) is given only when its
     * denominator reaches this many (inspections, re-inspections, items or points); below it the rate is null and
     * only the counts are answered: 0 of 1 or 2 of 2 says too little to rank a unit by.
     */
    @WithDefault("5")
    int minimumSample();

    /** A point needs at least this many inspections in the period to rank among the worst points. */
    @WithDefault("2")
    int worstPointsMinInspections();

    /** Most rows of the worst-points list. */
    @WithDefault("100")
    int worstPointsMaxLimit();

    /** Coverage: a point not inspected for this many days counts as uncovered, unless the query says otherwise. */
    @WithDefault("7")
    int coverageDefaultDays();

    /** Most features of one GeoJSON answer; a larger result is refused with a hint to narrow it. */
    @WithDefault("10000")
    int geojsonMaxFeatures();
}
