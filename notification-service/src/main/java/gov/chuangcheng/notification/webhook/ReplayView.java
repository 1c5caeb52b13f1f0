package gov.chuangcheng.notification.webhook;

/** How many deliveries a bulk replay queued again. */
public record ReplayView(int replayed) {}
