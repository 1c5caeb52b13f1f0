package gov.chuangcheng.task.material;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The office's decision on a material: accepted, or returned with the reason the unit reads. A decision that changes
 * an earlier one needs its reason too.
 */
@Schema(name = "MaterialReviewCreate", example = "{\"decision\":\"RETURNED\",\"reason\":\"工作台账缺少11月的记录\"}")
public record MaterialReviewRequest(
        @NotNull MaterialDecision decision,

        @Size(max = MaterialReviewRequest.REASON_MAX)
        @Schema(description = "required to return a material and to change an earlier decision")
        String reason) {

    public static final int REASON_MAX = 500;
}
