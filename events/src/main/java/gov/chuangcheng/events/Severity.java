package gov.chuangcheng.events;

/** How bad a failed check item is. A failed CRITICAL item fails the whole point. */
public enum Severity {
    GENERAL("一般"),
    SERIOUS("较重"),
    CRITICAL("严重");

    private final String displayName;

    Severity(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
