package gov.chuangcheng.accountability.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the photos of a unit's fix (整改完成) are checked. */
@ConfigMapping(prefix = "cc.rectification.evidence")
public interface EvidenceConfig {

    /**
     * An after-photo whose EXIF says it was taken longer than this before its upload is flagged on the order
     * (拍摄时间早于上传时间过久), never refused.
     */
    @WithDefault("PT72H")
    Duration maxAgeAtUpload();
}
