package gov.chuangcheng.accountability.construction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The points under construction (a market, or the segments of a street), why, and the last day of the works. */
@Schema(
        name = "ConstructionSuspensionCreate",
        example = "{\"pointIds\":[\"p-zhongshan-road-1\",\"p-zhongshan-road-2\"],\"reason\":\"中山路雨污分流改造施工\","
                + "\"until\":\"2026-12-20\"}")
public record ConstructionRequest(
        @NotEmpty @Size(max = 200) List<@NotBlank @Size(max = 100) String> pointIds,
        @NotBlank @Size(max = 1000) String reason,
        @NotNull LocalDate until) {}
