package gov.chuangcheng.events.rectification;

/** How an episode was closed (销号). */
public enum Closure {
    /** the re-inspection passed: the problem was fixed */
    REINSPECTION("复查通过"),
    /** the office upheld the unit's appeal: the order is withdrawn, nothing was fixed */
    APPEAL_UPHELD("申诉成立");

    private final String displayName;

    Closure(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
