package gov.chuangcheng.task.atrisk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** The at-risk list (迎检风险清单). */
@ConfigMapping(prefix = "cc.at-risk")
public interface AtRiskConfig {

    /** A standard with data below this share of its full marks is at risk (0.8: under 80% of its marks). */
    @WithDefault("0.8")
    BigDecimal threshold();
}
