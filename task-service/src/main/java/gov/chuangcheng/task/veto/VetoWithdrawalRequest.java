package gov.chuangcheng.task.veto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the office withdraws an occurrence (e.g. it proved not to be one); the occurrence stays on record. */
@Schema(name = "VetoWithdrawalCreate", example = "{\"reason\":\"经核实，事故责任不在本区\"}")
public record VetoWithdrawalRequest(
        @NotBlank @Size(max = 1000) String reason) {}
