package gov.chuangcheng.events.notification;

/** The ways a notification reaches a person or a system. */
public enum NotificationChannel {
    INBOX("站内信"),
    MAIL("邮件"),
    WEBHOOK("推送");

    private final String displayName;

    NotificationChannel(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
