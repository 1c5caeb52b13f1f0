package gov.chuangcheng.inspection.statistics;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Pass rates over a period grouped by {@code by}; {@code counting} says what was counted ({@code inspections}, or
 * {@code items} for standards). {@code total} sums every row; rows are worst first. {@code from}, {@code to} and
 * {@code timeZone} repeat {@code period} for the clients that read them before it was there.
 */
@Schema(name = "PassRateReport")
public record PassRateReport(
        String by,
        @Schema(enumeration = {"inspections", "items"}) String counting,
        ReportPeriod period,
        LocalDate from,
        LocalDate to,
        String timeZone,

        @Schema(description = "Below this denominator a rate is null (cc.statistics.minimum-sample)")
        int minimumSample,

        PassRateRow total,
        List<PassRateRow> rows) {}
