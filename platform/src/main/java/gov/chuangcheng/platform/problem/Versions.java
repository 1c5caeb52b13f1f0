package gov.chuangcheng.platform.problem;

/**
 * Optimistic concurrency over HTTP: shared records expose their version as a strong ETag ({@code "3"}) and office edits
 * send it back in {@code If-Match}. A stale tag is 412; a missing one is 428, so that no edit overwrites blindly.
 */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The same tag for {@code Response.tag(...)}, which adds the quotes itself. */
    public static jakarta.ws.rs.core.EntityTag entityTag(long version) {
        return new jakarta.ws.rs.core.EntityTag(Long.toString(version));
    }

    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("send the record's ETag in If-Match to change it");
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.equals(etag(currentVersion))) {
            throw ProblemException.preconditionFailed("the record has changed since you read it (If-Match "
                    + ifMatch.trim() + ", current " + etag(currentVersion) + ")");
        }
    }
}
