package gov.chuangcheng.task.material;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Materials units file (材料审核, 网上申报): how large a file may be and where the bytes are kept. The HTTP layer's
 * {@code quarkus.http.limits.max-body-size} must stay above {@link #maxBytes()} by the form's other fields.
 */
@ConfigMapping(prefix = "cc.material")
public interface MaterialConfig {

    /** Largest accepted file in bytes: 20 MiB, room for a scanned ledger of some dozens of pages. */
    @WithDefault("20971520")
    int maxBytes();

    /** Directory of the filesystem store: a persistent volume in a cluster ({@code CC_MATERIAL_DIRECTORY}). */
    @WithDefault("data/materials")
    String directory();
}
