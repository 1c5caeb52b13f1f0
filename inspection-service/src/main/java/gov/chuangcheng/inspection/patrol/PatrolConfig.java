package gov.chuangcheng.inspection.patrol;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of patrol plans (巡查计划). */
@ConfigMapping(prefix = "cc.patrol")
public interface PatrolConfig {

    /** Most days one plan may span (start and end date included). */
    @WithDefault("31")
    int maxDays();

    /** Most points one plan may list. */
    @WithDefault("200")
    int maxPoints();
}
