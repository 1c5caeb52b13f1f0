package gov.chuangcheng.platform.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits the HTTP layer enforces before a request reaches a resource, answered as problems. */
@ConfigMapping(prefix = "cc.http")
public interface HttpLimitsConfig {

    /**
     * Longest request target (path and query) in characters: 414 above it. Must stay below
     * {@code quarkus.http.limits.max-initial-line-length}, above which the server closes the connection after a bare
     * 414 that no application code sees.
     */
    @WithDefault("8192")
    int maxUriLength();
}
