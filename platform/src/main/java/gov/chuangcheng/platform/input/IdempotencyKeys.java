package gov.chuangcheng.platform.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.platform.problem.Problem;
import gov.chuangcheng.platform.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a submission with an {@code Idempotency-Key} needs (a phone on a bad connection resends): the digest that tells
 * a retry of the same request from a different request under a reused key, and the refusal of the latter.
 */
public final class IdempotencyKeys {

    private IdempotencyKeys() {}

    /** SHA-256 over the request as canonical JSON (field order fixed by the record, whitespace irrelevant). */
    public static String hash(ObjectMapper json, Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 422: the key was used for a different {@code what} (e.g. "submission", "finding") of the same caller. */
    public static ProblemException reused(String key, String what) {
        return new ProblemException(
                422,
                Problem.TYPE_BASE + "idempotency-key-reused",
                "Unprocessable Content",
                "Idempotency-Key " + key + " was already used for a different " + what,
                null);
    }
}
