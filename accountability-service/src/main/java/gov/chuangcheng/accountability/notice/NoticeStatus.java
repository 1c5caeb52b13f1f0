package gov.chuangcheng.accountability.notice;

/** Where a 通报 stands: a draft the office edits, or issued (签发) and final. */
public enum NoticeStatus {
    DRAFT("草稿"),
    ISSUED("已签发");

    private final String displayName;

    NoticeStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
