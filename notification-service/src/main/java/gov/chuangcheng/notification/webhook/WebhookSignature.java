package gov.chuangcheng.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signing: {@code webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>">} with the
 * key of a {@code whsec_<base64>} secret. While a rotated secret is still valid, the header carries one signature per
 * secret, space-separated ({@code v1,<sig1> v1,<sig2>}).
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {}

    /** A new random secret of 32 bytes. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** True for {@code whsec_} followed by base64 of 24 to 64 bytes. */
    public static boolean isValidSecret(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return false;
        }
        try {
            int length = Base64.getDecoder().decode(secret.substring(PREFIX.length())).length;
            return length >= 24 && length <= 64;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The {@code webhook-signature} header for several valid secrets (during a rotation): one {@code v1,<sig>} per
     * secret, separated by spaces; the receiver accepts the message when any of them verifies.
     */
    public static String header(List<String> secrets, String id, long timestampSeconds, String body) {
        return secrets.stream()
                .map(secret -> sign(secret, id, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    public static String sign(String secret, String id, long timestampSeconds, String body) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
