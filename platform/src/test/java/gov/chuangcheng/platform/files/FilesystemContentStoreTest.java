package gov.chuangcheng.platform.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemContentStoreTest {

    @TempDir
    Path root;

    @Test
    void contentIsKeptOnceUnderItsDigestAndReadBack() throws IOException {
        byte[] content = "工作台账".getBytes(StandardCharsets.UTF_8);
        String sha256 = ContentStore.sha256(content);
        ContentStore store = new FilesystemContentStore(root);
        store.put(sha256, content);
        store.put(sha256, content);
        try (InputStream in = store.open(sha256)) {
            assertArrayEquals(content, in.readAllBytes());
        }
        Path kept = root.resolve(sha256.substring(0, 2)).resolve(sha256);
        assertTrue(Files.isRegularFile(kept));
        try (Stream<Path> files = Files.walk(root)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "no temporary file is left behind");
        }
    }

    @Test
    void theDigestOfKnownContentIsTheStandardOne() {
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentStore.sha256(new byte[0]));
    }

    @Test
    void onlyADigestNamesAFile() throws IOException {
        ContentStore store = new FilesystemContentStore(root);
        assertThrows(IllegalArgumentException.class, () -> store.open("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.put("ABC", new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> store.open(null));
        assertThrows(NoSuchFileException.class, () -> store.open("0".repeat(64)));
    }
}
