package gov.chuangcheng.inspection.evidence;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * The default store: one file per digest under {@code cc.evidence.directory}, fanned out by the first two hex digits
 * so that no directory grows huge. A file is written under a temporary name and moved into place, so that a crash
 * never leaves a half-written photo under a valid name.
 */
@ApplicationScoped
@DefaultBean
public class FilesystemEvidenceStore implements EvidenceStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public FilesystemEvidenceStore(EvidenceConfig config) {
        this.root = Path.of(config.directory()).toAbsolutePath();
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

    private Path pathOf(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }
}
