package gov.chuangcheng.events.inspection;

/** How a re-inspection (复查) came to its inspector. */
public enum ReinspectionAssignment {
    /** the point is on the inspector's patrol plan for the day the verification was requested */
    PATROL_PLAN("按巡查计划分派"),
    /** the inspector claimed it from the office's re-inspection pool (复查池) */
    CLAIMED("督查员认领"),
    /** the campaign office assigned it */
    OFFICE("创城办指派");

    private final String displayName;

    ReinspectionAssignment(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
