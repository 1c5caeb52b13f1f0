package gov.chuangcheng.accountability.rectification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Episode rules ({@code cc.rectification.episode.*}). */
@ConfigMapping(prefix = "cc.rectification.episode")
public interface EpisodeConfig {

    /** A failure this soon after the previous episode of the point × standard closed is a relapse (反弹). */
    @WithDefault("P30D")
    Duration relapseWindow();

    /** Working days the re-inspection (复查) is due in after the office requests it. */
    @WithDefault("2")
    int verificationWorkingDays();
}
