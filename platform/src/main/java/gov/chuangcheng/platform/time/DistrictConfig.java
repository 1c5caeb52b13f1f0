package gov.chuangcheng.platform.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/**
 * The district's time zone ({@code cc.calendar.zone}): the one place it is configured. Domain code injects the
 * {@link ZoneId} that {@link ClockProducer} produces from it, beside the clock.
 */
@ConfigMapping(prefix = "cc.calendar")
public interface DistrictConfig {

    /** Where people read times and where calendar days begin and end, e.g. {@code Asia/Shanghai}. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();
}
