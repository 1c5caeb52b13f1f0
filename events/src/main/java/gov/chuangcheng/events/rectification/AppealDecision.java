package gov.chuangcheng.events.rectification;

/** The office's decision on a unit's appeal (申诉) against an order. */
public enum AppealDecision {
    UPHELD("申诉成立"),
    REJECTED("申诉驳回");

    private final String displayName;

    AppealDecision(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
