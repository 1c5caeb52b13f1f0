package gov.chuangcheng.accountability.request;

/**
 * What a unit may ask the office about one of its orders. Each kind is decided by the same rule
 * ({@link OrderRequest#checkDecidable}); what filing and deciding it does to the order is its {@link RequestType}.
 */
public enum RequestKind {
    /** 延期申请: more working days. */
    EXTENSION("extension request", "延期申请", "待审批", "已批准", "已驳回"),
    /** 缓办申请: stop the order's clock (e.g. the work needs a permit or waits for the weather). */
    SUSPENSION("suspension request", "缓办申请", "待审批", "已批准", "已驳回"),
    /** 申诉: contest a deduction the order cost the unit. */
    APPEAL("appeal", "申诉", "待裁定", "申诉成立", "申诉驳回"),
    /** 退单: return the order as not the unit's responsibility; the office settles who answers for it (确权). */
    DISPUTE("responsibility dispute", "退单", "待确权", "已改派", "驳回退单");

    private final String noun;
    private final String displayName;
    private final String pendingName;
    private final String approvedName;
    private final String rejectedName;

    RequestKind(String noun, String displayName, String pendingName, String approvedName, String rejectedName) {
        this.noun = noun;
        this.displayName = displayName;
        this.pendingName = pendingName;
        this.approvedName = approvedName;
        this.rejectedName = rejectedName;
    }

    /** What the request is called to people, e.g. 延期申请. */
    public String displayName() {
        return displayName;
    }

    /** What the request is called in a problem detail, e.g. "extension request". */
    public String noun() {
        return noun;
    }

    /** How a request of this kind in {@code status} is named to people, e.g. 待审批, 申诉成立. */
    public String statusName(RequestStatus status) {
        return switch (status) {
            case PENDING -> pendingName;
            case APPROVED -> approvedName;
            case REJECTED -> rejectedName;
        };
    }
}
