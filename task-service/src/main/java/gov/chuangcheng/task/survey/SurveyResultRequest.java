package gov.chuangcheng.task.survey;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measured survey result the office enters for a survey standard (问卷调查) of the active evaluation system. */
@Schema(
        name = "SurveyResultCreate",
        example = "{\"standardCode\":\"S-1.1.3\",\"metric\":\"知晓率\",\"rate\":82.5,\"sampleSize\":1000,"
                + "\"surveyedOn\":\"2026-11-20\",\"source\":\"第三方测评机构入户调查\"}")
public record SurveyResultRequest(
        @NotBlank @Size(max = 32) String standardCode,

        @Schema(description = "what was measured, e.g. 知晓率, 满意度, 支持率") @NotBlank @Size(max = 50)
        String metric,

        @Schema(description = "the measured rate in percent, 0–100, at most 2 decimals")
        @NotNull
        @DecimalMin(value = "0", message = "应在0到100之间")
        @DecimalMax(value = "100", message = "应在0到100之间")
        @Digits(integer = 3, fraction = 2, message = "最多两位小数")
        BigDecimal rate,

        @Schema(description = "how many people answered")
        @NotNull
        @Min(value = 1, message = "至少为1")
        @Max(value = 10_000_000, message = "不能超过10000000")
        Integer sampleSize,

        @Schema(description = "the day the survey ended") @NotNull
        LocalDate surveyedOn,

        @Schema(description = "who surveyed, e.g. 第三方测评机构, 创城办自测") @NotBlank @Size(max = 200)
        String source,

        @Size(max = 500) String note) {}
