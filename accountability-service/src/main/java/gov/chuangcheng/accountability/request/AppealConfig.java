package gov.chuangcheng.accountability.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Appeal rules ({@code cc.rectification.appeal.*}). */
@ConfigMapping(prefix = "cc.rectification.appeal")
public interface AppealConfig {

    /**
     * Working days a unit has to appeal (申诉时限): counted from the order's opening or, when later, from the latest
     * deduction the order cost it; after that an appeal is refused (409).
     */
    @WithDefault("5")
    int windowWorkingDays();
}
