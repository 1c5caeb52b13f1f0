package gov.chuangcheng.platform.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the local Kafka broker through {@code scripts/infra.sh}, for tests that prove nothing is lost
 * across a broker outage. Only for the broker this project started itself.
 */
public final class KafkaBroker {

    private KafkaBroker() {
    }

    public static void stop() {
        infra("down", "kafka");
    }

    public static void start() {
        infra("up", "kafka");
    }

    private static void infra(String command, String component) {
        Path script = repositoryRoot().resolve("scripts/infra.sh");
        try {
            Process p = new ProcessBuilder("bash", script.toString(), command, component)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("scripts/infra.sh " + command + " " + component + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("scripts/infra.sh"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("scripts/infra.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
