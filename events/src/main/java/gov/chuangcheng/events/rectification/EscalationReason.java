package gov.chuangcheng.events.rectification;

/** Why an order moved up the ladder. */
public enum EscalationReason {
    /** 提醒: the deadline is near (working time before it) and the unit has not fixed the problem yet */
    DUE_SOON("临近整改期限"),
    /** the deadline has passed without a fix */
    OVERDUE("逾期未整改"),
    /** only in events from before a new finding of an open order was attached instead of escalating it */
    REPEAT_FAILURE("整改期间再次发现"),
    /** only in events from before a failed verification stopped climbing: it now restarts the deadline */
    REINSPECTION_FAILED("复查未通过"),
    RELAPSE("销号后反弹"),
    /** the office escalated by hand, e.g. on a leader's instruction (领导批示) */
    MANUAL("人工升级");

    private final String displayName;

    EscalationReason(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
