package gov.chuangcheng.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads a service's database with psql, as an operator would; rows as {@code a|b|c} lines. */
final class Psql {

    private Psql() {}

    static List<String> query(String database, String sql) {
        try {
            Process p = new ProcessBuilder(
                            "psql",
                            "-h",
                            "127.0.0.1",
                            "-U",
                            "chuangcheng",
                            "-d",
                            database,
                            "-v",
                            "ON_ERROR_STOP=1",
                            "-At",
                            "-F",
                            "|",
                            "-c",
                            sql)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("psql " + database + " failed: " + out);
            }
            return out.lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
