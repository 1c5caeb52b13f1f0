package gov.chuangcheng.events.directory;

/** Kinds of responsible units (责任单位) in the district directory. */
public enum UnitKind {
    DEPARTMENT("区直部门"),
    SUBDISTRICT("街道"),
    COMMUNITY("社区"),
    ENTERPRISE("企事业单位"),
    CAMPAIGN_OFFICE("创城办"),
    LEADERSHIP("区领导"),
    DISCIPLINE_COMMISSION("纪委监委");

    private final String displayName;

    UnitKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
