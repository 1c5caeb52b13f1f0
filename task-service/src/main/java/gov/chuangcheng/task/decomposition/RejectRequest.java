package gov.chuangcheng.task.decomposition;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The office rejects a submitted task (验收不通过): the reason is required and goes back to the unit. */
public record RejectRequest(@NotBlank @Size(max = 1000) String reason) {}
