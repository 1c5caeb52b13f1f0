package gov.chuangcheng.inspection.open311;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How reports from other systems are routed to points. */
@ConfigMapping(prefix = "cc.open311")
public interface Open311Config {

    /** A reported position is routed to the nearest active point of a matching type within this many metres. */
    @WithDefault("1000")
    double routeRadiusMeters();

    /** Largest page of {@code GET requests.json}. */
    @WithDefault("200")
    int maxListSize();
}
