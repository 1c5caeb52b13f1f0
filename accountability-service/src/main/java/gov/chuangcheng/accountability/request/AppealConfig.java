package gov.chuangcheng.accountability.request;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Appeal rules ({@code cc.rectification.appeal.*}). */
@ConfigMapping(prefix = "cc.rectification.appeal")
public interface AppealConfig {

    /**
     * Working days a unit has to appeal a deduction (申诉时限), counted from the ledger entry; after that an appeal of
     * it is refused (409).
     */
    @WithDefault("5")
    int windowWorkingDays();
}
