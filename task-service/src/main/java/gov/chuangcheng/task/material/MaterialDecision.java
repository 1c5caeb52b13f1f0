package gov.chuangcheng.task.material;

/** The office's decision on a filed material. */
public enum MaterialDecision {
    ACCEPTED("审核通过", MaterialStatus.ACCEPTED),
    RETURNED("退回", MaterialStatus.RETURNED);

    private final String displayName;
    private final MaterialStatus status;

    MaterialDecision(String displayName, MaterialStatus status) {
        this.displayName = displayName;
        this.status = status;
    }

    public String displayName() {
        return displayName;
    }

    /** The status the material has after this decision. */
    public MaterialStatus status() {
        return status;
    }
}
