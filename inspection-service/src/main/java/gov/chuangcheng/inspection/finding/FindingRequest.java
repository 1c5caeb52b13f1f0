package gov.chuangcheng.inspection.finding;

import gov.chuangcheng.inspection.point.Crs;
import gov.chuangcheng.platform.input.EvidenceIds;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An inspector's finding (巡查发现 / 随手拍) anywhere: the position (WGS-84 unless {@code crs} says GCJ02 or BD09), the
 * check item it fails (as Open311's service_code), what was seen, the photos (POST /evidence first) and when.
 */
@Schema(
        example =
                "{\"latitude\":30.27412,\"longitude\":120.15515,\"crs\":\"GCJ02\",\"itemCode\":\"BJ-03\",\"description\":\"路边垃圾堆积\",\"evidenceIds\":[\"5f0c6a1e-2b7d-4c3e-9a10-6d2f8b4e1c01\"],\"foundAt\":\"2026-12-02T09:30:00+08:00\"}")
public record FindingRequest(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        Crs crs,
        @NotBlank @Size(max = 64) String itemCode,
        @Size(max = 4000) String description,

        @Size(max = 20)
        List<@NotBlank @Pattern(regexp = EvidenceIds.PATTERN, message = EvidenceIds.MESSAGE) String> evidenceIds,

        OffsetDateTime foundAt) {}
