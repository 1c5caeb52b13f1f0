package gov.chuangcheng.inspection.reinspection;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When re-inspections (复查) are flagged as falling due and as late. */
@ConfigMapping(prefix = "cc.reinspection")
public interface ReinspectionConfig {

    /** How long before its deadline an open re-inspection is flagged as falling due. */
    @WithDefault("PT2H")
    Duration dueSoonBefore();

    /** How often open re-inspections are checked against their deadlines; {@code off} stops it (tests sweep by hand). */
    @WithDefault("1m")
    String sweep();
}
