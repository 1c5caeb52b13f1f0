package gov.chuangcheng.inspection.grid;

/** The levels of 网格化管理, most specific last: a position inside several grids belongs to the most specific one. */
public enum GridKind {
    STREET("街道"),
    COMMUNITY("社区"),
    GRID("网格");

    private final String displayName;

    GridKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Higher is more specific. */
    public int specificity() {
        return ordinal();
    }
}
