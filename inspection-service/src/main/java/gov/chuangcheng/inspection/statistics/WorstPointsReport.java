package gov.chuangcheng.inspection.statistics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The points with the lowest pass rate of their field inspections in a period (at least {@code minInspections}
 * each); {@code from}, {@code to} and {@code timeZone} repeat {@code period}.
 */
@Schema(name = "WorstPointsReport")
public record WorstPointsReport(
        ReportPeriod period,
        LocalDate from,
        LocalDate to,
        String timeZone,
        int minInspections,
        int limit,
        List<WorstPoint> points) {}
