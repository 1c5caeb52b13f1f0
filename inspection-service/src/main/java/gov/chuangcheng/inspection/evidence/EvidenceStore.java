package gov.chuangcheng.inspection.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the bytes of evidence photos live, addressed by their SHA-256: the same photo uploaded twice is stored once.
 * The database keeps what the photos are about; the store only keeps bytes.
 */
public interface EvidenceStore {

    /** Stores the content under its digest; storing the same digest again is harmless. */
    void put(String sha256, byte[] content) throws IOException;

    /** The content stored under the digest. */
    InputStream open(String sha256) throws IOException;
}
