package gov.chuangcheng.accountability.rectification;

/** Where a rectification order (整改单) stands. Overdue (已逾期) is a flag on the order, not a status. */
public enum RectificationStatus {
    OPEN("待整改"),
    ACKNOWLEDGED("已签收"),
    SUBMITTED("已提交"),
    VERIFYING("待复查"),
    CLOSED("已销号");

    private final String displayName;

    RectificationStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The unit still has to act: deadlines and the escalation clock run. */
    public boolean awaitsUnit() {
        return this == OPEN || this == ACKNOWLEDGED;
    }
}
