package gov.chuangcheng.inspection.checklist;

import gov.chuangcheng.events.Severity;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A new version of a point type's checklist. */
public record ChecklistRequest(
        @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2)
        BigDecimal passThreshold,

        @NotEmpty @Size(max = 100) List<@Valid @NotNull Item> items) {

    public record Item(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "1–64 letters, digits, '_', '.' or '-'")
            String code,

            @NotBlank @Size(max = 64) String standardCode,
            @NotBlank @Size(max = 500) String checkText,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 2)
            BigDecimal maxScore,

            @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2)
            BigDecimal passThreshold,

            @NotNull Severity severity) {}
}
