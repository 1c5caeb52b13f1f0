package gov.chuangcheng.accountability.deadline;

import jakarta.validation.constraints.Size;

/**
 * A standard's own deadline as the office enters it: {@code amount} of {@code unit} (WORKING_MINUTES, WORKING_HOURS
 * or WORKING_DAYS), e.g. {@code {"amount":4,"unit":"WORKING_HOURS","note":"暴露垃圾"}}. Checked by
 * {@link DeadlineRules}.
 */
public record DeadlinePolicyRequest(
        Long amount,
        @Size(max = 20) String unit,
        @Size(max = 200) String note) {}
