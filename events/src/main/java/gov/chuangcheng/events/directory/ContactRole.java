package gov.chuangcheng.events.directory;

/** The role a contact plays for the unit; notification rules route by it. */
public enum ContactRole {
    HEAD("主要负责人"),
    DEPUTY("分管负责人"),
    LIAISON("联络员");

    private final String displayName;

    ContactRole(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
