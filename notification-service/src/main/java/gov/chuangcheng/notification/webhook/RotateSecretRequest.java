package gov.chuangcheng.notification.webhook;

import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * Rotate a subscription's signing secret.
 *
 * @param secret  the new {@code whsec_<base64>} secret; null = generate one (returned once, in the answer)
 * @param overlap how long the secret before the rotation keeps signing, ISO-8601 (e.g. {@code PT24H}); null = the
 *                configured default ({@code cc.webhooks.secret-overlap}), {@code PT0S} = revoke it at once; at most
 *                seven days
 */
public record RotateSecretRequest(
        @Size(max = 200) String secret,

        @org.eclipse.microprofile.openapi.annotations.media.Schema(format = "duration", example = "PT24H")
        Duration overlap) {}
