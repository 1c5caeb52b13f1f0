package gov.chuangcheng.inspection.statistics;

import gov.chuangcheng.events.evaluation.PointType;
import gov.chuangcheng.platform.paging.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Coverage (巡查覆盖率) of the active points the caller may see: a point is uncovered when it has not been inspected
 * on any of the last {@code days} days (today included, Asia/Shanghai; inspections from {@code since} on count).
 * {@code coverageRate} = covered / active as a decimal fraction with four places.
 */
public record CoverageReport(
        int days,
        LocalDate firstDay,
        LocalDate today,
        Instant since,
        String timeZone,
        long activePoints,
        long coveredPoints,
        long uncoveredPoints,
        BigDecimal coverageRate,
        List<Group> byType,
        List<Group> byUnit,
        Page<UncoveredPoint> uncovered) {

    /** The counts of one point type or one responsible unit. */
    public record Group(
            String key,
            String name,
            long activePoints,
            long coveredPoints,
            long uncoveredPoints,
            BigDecimal coverageRate) {

        public static Group of(String key, String name, long active, long uncovered) {
            return new Group(key, name, active, active - uncovered, uncovered, Rates.rate(active - uncovered, active));
        }
    }

    /** A point not inspected in the window; {@code lastInspectedAt} and {@code daysSinceLastInspection} null if never. */
    public record UncoveredPoint(
            String code,
            String name,
            PointType type,
            String typeName,
            String street,
            String responsibleUnitCode,
            String responsibleUnitName,
            Instant lastInspectedAt,
            Long daysSinceLastInspection,
            boolean temporary,
            String registration) {}
}
