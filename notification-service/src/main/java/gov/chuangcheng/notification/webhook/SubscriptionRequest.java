package gov.chuangcheng.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Create or replace a webhook subscription.
 *
 * @param eventTypes routed event types to receive; empty or null = all
 * @param secret     {@code whsec_<base64>} signing secret; null on create = generate one (returned once)
 */
public record SubscriptionRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 2000) String url,
        @Size(max = 20) List<@NotNull String> eventTypes,
        @Size(max = 200) String secret,
        Boolean active) {
}
