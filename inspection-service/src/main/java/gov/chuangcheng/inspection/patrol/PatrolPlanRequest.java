package gov.chuangcheng.inspection.patrol;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Create or replace a patrol plan: {@code inspector} patrols {@code pointCodes} on every day from {@code startDate}
 * to {@code endDate} (both included; absent means the one day {@code startDate}). Every point must exist and be
 * active; limits on days and points come from {@code cc.patrol.*}.
 */
public record PatrolPlanRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "1–100 letters, digits, '.', '_', '@' or '-'")
        String inspector,

        @NotNull LocalDate startDate,
        LocalDate endDate,
        @NotEmpty List<@NotBlank @Size(max = 64) String> pointCodes,
        @Size(max = 500) String note) {

    /** The last day of the plan: {@code endDate}, or {@code startDate} for a one-day plan. */
    public LocalDate lastDay() {
        return endDate == null ? startDate : endDate;
    }
}
