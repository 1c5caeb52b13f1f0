package gov.chuangcheng.accountability.evidence;

/** What is doubtful about a photo of an order; a flag for the office to look at, never a refusal. */
public enum EvidenceFlagKind {
    /** The same photo (same SHA-256) is evidence of another order too: one photo may honestly show two problems. */
    REUSED_ON_OTHER_ORDER("照片在其他整改单中使用"),
    /** The photo's EXIF says it was taken long before its upload: an old photo offered as new. */
    TAKEN_LONG_BEFORE_UPLOAD("拍摄时间早于上传时间过久"),
    /** The photo's EXIF position is far from the order's point ({@code cc.photo-checks.max-distance-meters}). */
    FAR_FROM_POINT("拍摄位置远离点位");

    private final String displayName;

    EvidenceFlagKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
