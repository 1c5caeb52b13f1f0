package gov.chuangcheng.accountability.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Responsibility dispute rules ({@code cc.rectification.dispute.*}). */
@ConfigMapping(prefix = "cc.rectification.dispute")
public interface DisputeConfig {

    /**
     * Office time (working hours on the calendar) a unit has to return a critical (严重) order as not its own, counted
     * from when it got the order (its opening or its reassignment).
     */
    @WithDefault("PT2H")
    Duration criticalWindow();

    /** Working days a unit has to return any other order, counted the same way. */
    @WithDefault("1")
    int windowWorkingDays();
}
