package gov.chuangcheng.accountability.rectification;

/** What can happen to an order's status. */
public enum RectificationAction {
    ACKNOWLEDGE("签收"),
    SUBMIT("提交整改"),
    REQUEST_VERIFICATION("申请复查"),
    PASS_REINSPECTION("复查通过销号"),
    FAIL_REINSPECTION("复查未通过退回"),
    WITHDRAW("撤销（不属实、作废、合并）"),
    REASSIGN("改派"),
    SEND_BACK("退回整改");

    private final String displayName;

    RectificationAction(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
