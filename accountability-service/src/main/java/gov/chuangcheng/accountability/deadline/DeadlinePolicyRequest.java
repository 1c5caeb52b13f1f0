package gov.chuangcheng.accountability.deadline;

/**
 * A standard's own deadline as the office enters it: {@code amount} of {@code unit} (WORKING_MINUTES, WORKING_HOURS
 * or WORKING_DAYS), e.g. {@code {"amount":4,"unit":"WORKING_HOURS","note":"暴露垃圾"}}. Checked by
 * {@link DeadlineRules}.
 */
public record DeadlinePolicyRequest(Long amount, String unit, String note) {
}
