package gov.chuangcheng.events.rectification;

/** The office's decision on a unit's responsibility dispute (退单). */
public enum DisputeDecision {
    REASSIGNED("已改派"),
    REJECTED("驳回退单");

    private final String displayName;

    DisputeDecision(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
