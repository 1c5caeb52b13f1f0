package gov.chuangcheng.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The four services started from their packaged jars against the real infrastructure, on topics of their own for
 * this run (a prefix) and the {@code *_test} databases, cleaned at the first start. Each system test class starts
 * its own system; configuration only through properties, as an operator would.
 */
final class SystemUnderTest implements AutoCloseable {

    final String run = "st-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final List<ServiceProcess> processes = new ArrayList<>();
    ServiceProcess task;
    ServiceProcess inspection;
    ServiceProcess accountability;
    ServiceProcess notification;

    /** Starts the four services; {@code extra} holds per-module settings (e.g. a drill's short escalation delays). */
    static SystemUnderTest start(Map<String, Map<String, String>> extra) throws Exception {
        SystemUnderTest system = new SystemUnderTest();
        system.task = system.start("task-service", 28081, "cc_task_test", extra);
        system.inspection = system.start("inspection-service", 28082, "cc_inspection_test", extra);
        system.accountability = system.start("accountability-service", 28083, "cc_accountability_test", extra);
        system.notification = system.start("notification-service", 28084, "cc_notification_test", extra);
        for (ServiceProcess s : system.processes) {
            s.awaitReady(Duration.ofSeconds(120));
        }
        return system;
    }

    List<ServiceProcess> services() {
        return List.of(task, inspection, accountability, notification);
    }

    /** Restarts a service (after a kill or a stop) on its data, and waits until it is ready. */
    ServiceProcess restart(ServiceProcess stopped) throws Exception {
        ServiceProcess again = stopped.restarted();
        track(again);
        again.awaitReady(Duration.ofSeconds(120));
        return again;
    }

    /** A second instance of a service beside the first one, sharing its database and consumer group. */
    ServiceProcess second(ServiceProcess first, int port) throws Exception {
        ServiceProcess other = first.anotherInstance(port);
        track(other);
        other.awaitReady(Duration.ofSeconds(120));
        return other;
    }

    /**
     * Restarts a component of the shared infrastructure ({@code scripts/infra.sh restart <component>}, e.g. the Kafka
     * broker) and waits until the script has brought it up again; its output goes to {@code target/infra-*.log}.
     */
    static void restartInfrastructure(String component, Duration timeout) throws Exception {
        java.nio.file.Path log = java.nio.file.Path.of(
                        "target", "infra-restart-" + component + "-" + System.nanoTime() + ".log")
                .toAbsolutePath();
        java.nio.file.Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder("scripts/infra.sh", "restart", component)
                .directory(
                        java.nio.file.Path.of("..").toAbsolutePath().normalize().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("infra.sh restart " + component + " took longer than " + timeout);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("infra.sh restart " + component + " failed (" + p.exitValue() + "):\n"
                    + java.nio.file.Files.readString(log));
        }
    }

    private ServiceProcess start(String module, int port, String database, Map<String, Map<String, String>> extra)
            throws Exception {
        Map<String, String> config = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:5432/" + database,
                "quarkus.flyway.clean-at-start",
                "true",
                "quarkus.flyway.clean-disabled",
                "false",
                "cc.kafka.topic-prefix",
                run,
                "kafka.group.id",
                run + module));
        config.putAll(extra.getOrDefault(module, Map.of()));
        return track(ServiceProcess.start(module, port, config));
    }

    /** Synchronized: a test may start an instance on another thread while it restarts a service. */
    private synchronized ServiceProcess track(ServiceProcess p) {
        processes.add(p);
        return p;
    }

    @Override
    public void close() throws Exception {
        List<ServiceProcess> all;
        synchronized (this) {
            all = List.copyOf(processes);
        }
        for (ServiceProcess s : all) {
            s.close();
        }
    }
}
