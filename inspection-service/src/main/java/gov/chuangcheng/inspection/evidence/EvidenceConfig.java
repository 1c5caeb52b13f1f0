package gov.chuangcheng.inspection.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Evidence photos (取证照片): how large they may be and where their bytes are kept. When a photo is doubtful is the
 * district's setting ({@link gov.chuangcheng.platform.evidence.PhotoChecks}).
 */
@ConfigMapping(prefix = "cc.evidence")
public interface EvidenceConfig {

    /** Largest accepted photo in bytes (a phone photo is 2–5 MB). */
    @WithDefault("8388608")
    int maxBytes();

    /**
     * Most pixels a photo may have (width × height from its header): 50 million, above any phone camera, so that no
     * small file can make the decoder work on a picture of gigapixels.
     */
    @WithDefault("50000000")
    long maxPixels();

    /** Directory of the filesystem store: a persistent volume in a cluster ({@code CC_EVIDENCE_DIRECTORY}). */
    @WithDefault("data/evidence")
    String directory();
}
