package gov.chuangcheng.inspection.point;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The proper name and address a temporary point gets when the office registers it. */
public record PromotionRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 300) String address) {}
