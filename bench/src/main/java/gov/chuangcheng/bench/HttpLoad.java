package gov.chuangcheng.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Closed-loop GET load: {@code clients} threads each send the next request as soon as the previous one answered, for
 * {@code seconds}, with a real token of {@code user}. Prints one JSON line: latencies, requests per second, statuses.
 */
public final class HttpLoad {

    private HttpLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = Main.options(args);
        String url = opt.get("url");
        int clients = Integer.parseInt(opt.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "20"));
        String token = Api.token(opt.getOrDefault("user", "office1"));
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        // warm-up: two sequential requests, not counted
        int bytes = 0;
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
            bytes = r.body().length;
            if (r.statusCode() != 200) {
                System.err.println(url + " answered " + r.statusCode() + ": " + new String(r.body()));
            }
        }
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<double[]> perThread = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            double[] lat = new double[200_001]; // at most 200,000 requests per client
            perThread.add(lat);
            Thread t = new Thread(() -> {
                int i = 0;
                while (System.nanoTime() < end && i < lat.length - 1) {
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = http.send(req, HttpResponse.BodyHandlers.ofByteArray()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    lat[++i] = (System.nanoTime() - t0) / 1e6;
                    statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                }
                lat[0] = i;
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(seconds + 90).toMillis());
        }
        double wall = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (double[] l : perThread) {
            total += (int) l[0];
        }
        double[] all = new double[total];
        int k = 0;
        for (double[] l : perThread) {
            int n = (int) l[0];
            System.arraycopy(l, 1, all, k, n);
            k += n;
        }
        Stats s = Stats.of(all);
        StringBuilder st = new StringBuilder("{");
        statuses.forEach((code, v) -> st.append(st.length() > 1 ? "," : "").append('"').append(code).append("\":").append(v.get()));
        st.append('}');
        System.out.printf(Locale.ROOT, "{\"url\":\"%s\",\"clients\":%d,\"seconds\":%d,\"responseBytes\":%d,"
                        + "\"requestsPerSecond\":%.1f,\"latencyMs\":%s,\"statuses\":%s}%n",
                url, clients, seconds, bytes, total / wall, s.json(), st);
        System.exit(0);
    }
}
