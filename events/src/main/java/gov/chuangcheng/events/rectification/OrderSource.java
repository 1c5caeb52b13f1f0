package gov.chuangcheng.events.rectification;

/** What opened a rectification order. */
public enum OrderSource {
    INSPECTION("督查发现"),
    PROBLEM_REPORT("群众举报");

    private final String displayName;

    OrderSource(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
