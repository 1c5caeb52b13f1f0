package gov.chuangcheng.events.rectification;

/** What a unit asks the office to change about an order's deadline. */
public enum RequestedChange {
    /** 延期: more working days */
    EXTENSION("延期"),
    /** 缓办: stop the order's clock until the office resumes it */
    SUSPENSION("缓办");

    private final String displayName;

    RequestedChange(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
