package gov.chuangcheng.notification.webhook;

import java.util.List;

/** A delivery with every attempt made for it, oldest first. */
public record DeliveryLogView(DeliveryView delivery, List<AttemptView> attempts) {}
