package gov.chuangcheng.task.decomposition;

/** The office's decision on a task submitted for acceptance. */
public enum ReviewDecision {
    ACCEPTED("验收通过"),
    REJECTED("验收不通过");

    private final String displayName;

    ReviewDecision(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
