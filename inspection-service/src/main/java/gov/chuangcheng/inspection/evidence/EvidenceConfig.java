package gov.chuangcheng.inspection.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Evidence photos (取证照片): how large they may be and where their bytes are kept. */
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

    /**
     * A photo whose EXIF says it was taken longer than this before its upload is flagged (拍摄时间早于上传时间过久),
     * never refused: an old photo may be offered as a new one.
     */
    @WithDefault("PT72H")
    Duration maxAgeAtUpload();

    /**
     * A photo whose EXIF position is farther than this from the point it documents is flagged (拍摄位置远离点位), never
     * refused.
     */
    @WithDefault("200")
    double maxDistanceMeters();

    /** Directory of the filesystem store: a persistent volume in a cluster ({@code CC_EVIDENCE_DIRECTORY}). */
    @WithDefault("data/evidence")
    String directory();
}
