package gov.chuangcheng.task.material;

import gov.chuangcheng.platform.files.FilesystemContentStore;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** The default store: the platform's filesystem content store under {@code cc.material.directory}. */
@ApplicationScoped
@DefaultBean
public class FilesystemMaterialStore implements MaterialStore {

    private final FilesystemContentStore files;

    public FilesystemMaterialStore(MaterialConfig config) {
        this.files = new FilesystemContentStore(Path.of(config.directory()));
    }

    @Override
    public void put(String sha256, byte[] content) throws IOException {
        files.put(sha256, content);
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return files.open(sha256);
    }
}
