package gov.chuangcheng.system;

import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service started from its packaged jar as a separate process, as an operator would run it: prod profile,
 * configured only through system properties (the same keys as environment variables in production).
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Map<String, String> config;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Map<String, String> config, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.config = Map.copyOf(config);
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String module, int port, Map<String, String> config) throws IOException {
        Path jar = Path.of("..", module, "target", "quarkus-app", "quarkus-run.jar")
                .toAbsolutePath()
                .normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify builds them)");
        }
        Path log = Path.of("target", module + "-" + port + ".log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            // a restart keeps what the previous process wrote
            Files.move(log, log.resolveSibling(log.getFileName() + "." + System.nanoTime()));
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port));
        config.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(jar.toString());
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ServiceProcess(module, port, config, p, log);
    }

    /**
     * The same service started again on the same port and database, keeping its data (no Flyway clean), as after an
     * operator's restart or a crash.
     */
    ServiceProcess restarted() throws IOException {
        Map<String, String> again = new java.util.HashMap<>(config);
        again.put("quarkus.flyway.clean-at-start", "false");
        return start(name, port, again);
    }

    /** Another instance of the same service on another port and the same database and consumer group. */
    ServiceProcess anotherInstance(int otherPort) throws IOException {
        Map<String, String> again = new java.util.HashMap<>(config);
        again.put("quarkus.flyway.clean-at-start", "false");
        return start(name, otherPort, again);
    }

    /** kill -9: no shutdown hook, no graceful close of consumers, producers or transactions. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    void awaitReady(Duration timeout) throws IOException {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (RestAssured.given()
                                .baseUri(baseUrl())
                                .get("/q/health/ready")
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // not listening yet
            }
            sleep(250);
        }
        throw new IllegalStateException(name + " not ready within " + timeout + ":\n" + tail());
    }

    /** How many lines of this process's own log (not an earlier incarnation's) contain {@code text}. */
    long logLinesContaining(String text) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(text)).count();
        }
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
