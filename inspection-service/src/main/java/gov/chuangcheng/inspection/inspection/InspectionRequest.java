package gov.chuangcheng.inspection.inspection;

import gov.chuangcheng.inspection.point.Crs;
import gov.chuangcheng.platform.input.EvidenceIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspector's submission: every item of the point's checklist with its score — for a re-inspection, every item of
 * the standard under verification, and any other item the inspector scored (it counts as an ordinary inspection). The position is WGS-84 unless
 * {@code crs} says GCJ02. {@code checklistVersion} is the version the client showed; absent means the current one.
 * {@code reinspectionOrderId} makes it the re-inspection (复查) of that rectification order (see /reinspections).
 */
@Schema(
        example =
                "{\"pointCode\":\"NM-001\",\"inspectedAt\":\"2026-12-02T09:30:00+08:00\",\"latitude\":30.27412,\"longitude\":120.15515,\"remarks\":\"上午巡查\",\"items\":[{\"itemCode\":\"NM-05\",\"score\":3,\"remark\":\"生熟混放\",\"evidenceIds\":[\"5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01\"]}]}")
public record InspectionRequest(
        @NotBlank @Size(max = 64) String pointCode,
        @NotNull OffsetDateTime inspectedAt,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        Crs crs,
        @Positive Integer checklistVersion,
        @Size(max = 2000) String remarks,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull ItemScore> items,
        @Size(max = 64) String reinspectionOrderId) {

    public record ItemScore(
            @NotBlank @Size(max = 64) String itemCode,

            @NotNull @DecimalMin("0") @Digits(integer = 7, fraction = 2)
            BigDecimal score,

            @Size(max = 1000) String remark,

            @Size(max = 20)
            List<@NotBlank @Pattern(regexp = EvidenceIds.PATTERN, message = EvidenceIds.MESSAGE) String> evidenceIds) {}
}
