package gov.chuangcheng.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * A content store on a filesystem: one file per digest under a root directory, fanned out by the first two hex digits
 * so that no directory grows huge. A file is written under a temporary name and moved into place, so that a crash
 * never leaves a half-written file under a valid name. Not a bean: each service makes one for the directory its
 * feature is configured with (a persistent volume in a cluster).
 */
public class FilesystemContentStore implements ContentStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public FilesystemContentStore(Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public void put(String sha256, byte[] content) throws IOException {
        Path target = pathOf(sha256);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
        try {
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    /** Only a digest names a file: anything else (a path, "..") never reaches the filesystem. */
    private Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
