package gov.chuangcheng.task.decomposition;

/** Where a decomposed task (任务) stands. The names are the API's identifiers; people read the display names. */
public enum TaskStatus {
    NOT_STARTED("未启动"),
    IN_PROGRESS("推进中"),
    AWAITING_ACCEPTANCE("待验收"),
    COMPLETED("已完成"),
    OVERDUE("已逾期");

    private final String displayName;

    TaskStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
