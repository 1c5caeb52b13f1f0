package gov.chuangcheng.notification.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Create or replace a webhook subscription.
 *
 * @param eventTypes routed event types to receive; empty or null = all
 * @param unitCodes  units whose events to receive (each with the units below it); empty or null = every unit
 * @param secret     {@code whsec_<base64>} signing secret; null on create = generate one (returned once); on replace a
 *                   new secret takes effect at once (use {@code rotate-secret} for an overlap)
 * @param owner      the client id that owns the subscription; only the office may set it (null = the caller, or the
 *                   current owner on replace)
 */
public record SubscriptionRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 2000) String url,
        @Size(max = 20) List<@NotNull @Size(max = 100) String> eventTypes,
        @Size(max = 50) List<@NotNull @Size(max = 64) String> unitCodes,
        @Size(max = 200) String secret,
        Boolean active,
        @Size(max = 200) String owner) {}
