package gov.chuangcheng.task.atrisk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The at-risk list with what it is measured against.
 *
 * @param workingHoursLeft office time from now to the start of the evaluation day, on the working calendar
 * @param threshold        the share of its full marks below which a standard with data is at risk
 * @param total            how many items there are in all ({@code items} holds the first {@code limit})
 */
@Schema(name = "AtRiskReport")
public record AtRiskReport(
        LocalDate evaluationDate,
        BigDecimal workingHoursLeft,
        BigDecimal threshold,
        int total,
        List<AtRiskItemView> items) {}
