package gov.chuangcheng.events.rectification;

/** Why an order moved up the ladder. */
public enum EscalationReason {
    OVERDUE("逾期未整改"),
    REPEAT_FAILURE("整改期间再次发现"),
    REINSPECTION_FAILED("复查未通过"),
    RELAPSE("销号后反弹"),
    MANUAL("人工升级");

    private final String displayName;

    EscalationReason(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
