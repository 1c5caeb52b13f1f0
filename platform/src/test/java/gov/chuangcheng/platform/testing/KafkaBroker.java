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

    private KafkaBroker() {}

    /**
     * Stops the broker and checks that it is really down. A broker this checkout did not start (e.g. one started from
     * another clone) cannot be stopped: the test is then skipped, and under CI it fails, since CI starts its own.
     */
    public static void stop() {
        infra("down", "kafka");
        if (portOpen()) {
            String why = "the Kafka broker on 127.0.0.1:9092 was not started by this checkout's scripts/infra.sh";
            if (System.getenv("CI") != null) {
                throw new AssertionError(why);
            }
            org.junit.jupiter.api.Assumptions.abort(why);
        }
    }

    private static boolean portOpen() {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", 9092), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void start() {
        infra("up", "kafka");
    }

    private static void infra(String command, String component) {
        Path script = repositoryRoot().resolve("scripts/infra.sh");
        try {
            Process p = new ProcessBuilder("bash", script.toString(), command, component)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .start();
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
            throw new IllegalStateException(
                    "scripts/infra.sh not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
