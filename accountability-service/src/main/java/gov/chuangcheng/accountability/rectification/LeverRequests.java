package gov.chuangcheng.accountability.rectification;

import gov.chuangcheng.events.EscalationLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the office's levers on an order: each says why. */
public final class LeverRequests {

    private LeverRequests() {}

    /** 人工督办: to {@code level} (one rung up when absent), with the reason or the leader's instruction. */
    @Schema(name = "ManualEscalation", example = "{\"level\":\"NOTICE\",\"reason\":\"区委书记批示：限期整改并全区通报\"}")
    public record Escalate(
            EscalationLevel level,
            @NotBlank @Size(max = 1000) String reason) {}

    /** 作废 / 不属实: why the order is no problem of the unit. */
    @Schema(name = "OrderVoid", example = "{\"reason\":\"经现场核实，该处为施工围挡，问题不属实\"}")
    public record Void(@NotBlank @Size(max = 1000) String reason) {}

    /** 合并: the order this one lives on in, and why they are one problem. */
    @Schema(
            name = "OrderMerge",
            example = "{\"into\":\"6f1c0f7e-2b5d-4c1a-9e3f-8a7b6c5d4e3f\",\"reason\":\"同一处井盖破损，重复派单\"}")
    public record Merge(
            @NotBlank @Size(max = 36) String into,
            @NotBlank @Size(max = 1000) String reason) {}

    /** 改派: the unit that answers for the order, why, and whether that also settles the point × standard (确权). */
    @Schema(name = "OrderReassignment", example = "{\"unitCode\":\"ZJJ\",\"reason\":\"该路段已移交区住建局管理\",\"settle\":true}")
    public record Reassign(
            @NotBlank @Size(max = 50) String unitCode,
            @NotBlank @Size(max = 1000) String reason,
            Boolean settle) {}

    /** 派遣: a sub-unit of the responsible unit, a named handler (经办人) of it, or both, with instructions. */
    @Schema(
            name = "OrderDispatch",
            example = "{\"subUnitCode\":\"SQ-DM\",\"handler\":\"dm_handler\",\"comment\":\"请于今日内清理\"}")
    public record Dispatch(
            @Size(max = 50) String subUnitCode,

            @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "只能包含字母、数字和 . _ @ -")
            String handler,

            @Size(max = 1000) String comment) {}
}
