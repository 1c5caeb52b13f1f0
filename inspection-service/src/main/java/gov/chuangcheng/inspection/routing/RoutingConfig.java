package gov.chuangcheng.inspection.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How far a finding looks for a point to go to ({@link FindingRouter}). */
@ConfigMapping(prefix = "cc.routing")
public interface RoutingConfig {

    /** A finding goes to the nearest registered active point of a matching type within this many metres. */
    @WithDefault("50")
    double pointRadiusMeters();

    /** A temporary point gathers later findings of its standard within this many metres of it. */
    @WithDefault("30")
    double temporaryReuseMeters();

    default FindingRouter.Settings settings() {
        return new FindingRouter.Settings(pointRadiusMeters(), temporaryReuseMeters());
    }
}
