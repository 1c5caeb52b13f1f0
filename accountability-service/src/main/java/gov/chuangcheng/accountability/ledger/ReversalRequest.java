package gov.chuangcheng.accountability.ledger;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the office reverses a ledger entry (撤销扣分): the reversal is itself an entry, the original stays. */
@Schema(name = "LedgerReversalCreate", example = "{\"reason\":\"经复核，曝光点位不属该单位责任范围\"}")
public record ReversalRequest(@NotBlank @Size(max = 1000) String reason) {}
