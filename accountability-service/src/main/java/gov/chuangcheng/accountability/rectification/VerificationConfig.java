package gov.chuangcheng.accountability.rectification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a unit's fix comes to be verified ({@code cc.rectification.verification.*}). */
@ConfigMapping(prefix = "cc.rectification.verification")
public interface VerificationConfig {

    /**
     * Whether the unit's submission requests the re-inspection (复查) at once; off, the office requests each one
     * (its due date: {@link EpisodeConfig#verificationWorkingDays()}).
     */
    @WithDefault("true")
    boolean autoRequest();
}
