package gov.chuangcheng.inspection.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * Pass rates over a period grouped by {@code by}; {@code counting} says what was counted ({@code inspections}, or
 * {@code items} for standards). {@code total} sums every row; rows are worst first.
 */
public record PassRateReport(
        String by,
        String counting,
        LocalDate from,
        LocalDate to,
        String timeZone,
        PassRateRow total,
        List<PassRateRow> rows) {}
