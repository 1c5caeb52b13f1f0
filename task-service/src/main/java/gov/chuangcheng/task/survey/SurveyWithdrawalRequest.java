package gov.chuangcheng.task.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the office withdraws a survey result (e.g. entered for the wrong standard); the result stays on record. */
@Schema(name = "SurveyWithdrawalCreate", example = "{\"reason\":\"录入错误，应为满意度调查\"}")
public record SurveyWithdrawalRequest(
        @NotBlank @Size(max = 1000) String reason) {}
