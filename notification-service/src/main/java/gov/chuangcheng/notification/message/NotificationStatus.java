package gov.chuangcheng.notification.message;

/** Where one notification stands. */
public enum NotificationStatus {
    /** Created, waiting to be handed to its channel (mail). */
    PENDING("待发送"),
    /** Delivered (inbox) or handed to its channel (mail accepted by SMTP). */
    SENT("已发送"),
    /** Every attempt failed; an operator looks at {@code last_error}. */
    FAILED("发送失败");

    private final String displayName;

    NotificationStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
