package gov.chuangcheng.task.material;

/** Where a filed material stands: waiting for the office, or its latest decision. */
public enum MaterialStatus {
    SUBMITTED("待审核"),
    ACCEPTED("审核通过"),
    RETURNED("已退回");

    private final String displayName;

    MaterialStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
