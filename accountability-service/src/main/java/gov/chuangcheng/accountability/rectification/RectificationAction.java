package gov.chuangcheng.accountability.rectification;

/** What can happen to an order's status. */
public enum RectificationAction {
    ACKNOWLEDGE("签收"),
    SUBMIT("提交整改"),
    REQUEST_VERIFICATION("申请复查"),
    PASS_REINSPECTION("复查通过销号"),
    FAIL_REINSPECTION("复查未通过退回"),
    UPHOLD_APPEAL("申诉成立撤销");

    private final String displayName;

    RectificationAction(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
