package gov.chuangcheng.inspection.statistics;

import java.time.LocalDate;
import java.util.List;

/** The points with the lowest pass rate in a period (at least {@code minInspections} inspections each). */
public record WorstPointsReport(
        LocalDate from, LocalDate to, String timeZone, int minInspections, int limit, List<WorstPoint> points) {}
