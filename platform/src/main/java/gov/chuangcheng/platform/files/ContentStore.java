package gov.chuangcheng.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Where the bytes of uploaded files live (evidence photos, a unit's materials), addressed by their SHA-256: the same
 * file uploaded twice is stored once. The database keeps what the files are about; the store only keeps bytes.
 */
public interface ContentStore {

    /** Stores the content under its digest; storing the same digest again is harmless. */
    void put(String sha256, byte[] content) throws IOException;

    /** The content stored under the digest. */
    InputStream open(String sha256) throws IOException;

    /** The lower-case hex SHA-256 of the content: the address a store keeps it under. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
