package gov.chuangcheng.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The chain under an open-loop load: inspections are submitted at a fixed arrival rate through inspection-service's
 * REST API with a real inspector token, each with {@link #ITEMS} items of which {@link #FAILING} fail. For every
 * failed item it records the time from the <em>intended</em> send time (so a lagging generator cannot hide queueing)
 * to the {@code cc.rectification.opened.v1} event on Kafka (matched by inspection id = sourceRef and standard code)
 * and to the signed webhook notification-service posts to an in-process receiver.
 *
 * <p>Every failed item opens a new order: item {@code (3·round + j) mod 30} fails on the {@code round}-th visit of a
 * point, so each point × standard fails at most once per run as long as there are enough points
 * ({@code points ≥ inspections / 10}); otherwise the order of that episode would be escalated instead (by design).
 */
public final class ChainBench {

    static final int ITEMS = 30;
    static final int FAILING = 3;
    static final String EVAL_VERSION = "BENCH-1";

    private final Map<String, String> opt;
    private final String task;
    private final String inspection;
    private final String accountability;
    private final String notification;
    private final Path out;
    private final int points;
    private final int units;

    /** failed item key (inspectionId:standardCode) → receive time (System.nanoTime) */
    private final Map<String, Long> opened = new ConcurrentHashMap<>();
    private final Map<String, Long> webhooked = new ConcurrentHashMap<>();
    private final AtomicInteger webhookDuplicates = new AtomicInteger();
    private final AtomicInteger openedDuplicates = new AtomicInteger();
    private final AtomicInteger escalatedSeen = new AtomicInteger();
    private final AtomicLong inspectionCounter = new AtomicLong();
    private final AtomicBoolean consuming = new AtomicBoolean(true);
    private final AtomicBoolean consumerAssigned = new AtomicBoolean(false);

    private ChainBench(Map<String, String> opt) {
        this.opt = opt;
        this.task = opt.get("task");
        this.inspection = opt.get("inspection");
        this.accountability = opt.get("accountability");
        this.notification = opt.get("notification");
        this.out = Path.of(opt.get("out"));
        this.points = Integer.parseInt(opt.getOrDefault("points", "1500"));
        this.units = Integer.parseInt(opt.getOrDefault("units", "20"));
    }

    /** One submitted inspection. */
    private record Sent(long k, long intended, String pointCode, List<String> failedStandards,
                        AtomicLong answered, AtomicInteger status, String[] id) {
    }

    private record Phase(String name, int rate, int seconds, List<Sent> sent, long start, long end, int skipped) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = Main.options(args);
        new ChainBench(opt).run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        String office = Api.token("office1");
        long t0 = System.nanoTime();
        setUp(office);
        log("set-up done in %.1f s (%d units, %d points, checklist of %d items)", (System.nanoTime() - t0) / 1e9,
                units, points, ITEMS);

        HttpServer receiver = receiver();
        String hookUrl = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        Api.expect(Api.send("POST", notification + "/webhook-subscriptions", office, "application/json",
                "{\"name\":\"bench receiver\",\"url\":\"" + hookUrl + "\",\"eventTypes\":[\"cc.rectification.opened.v1\"]}"),
                201);
        log("webhook subscription → %s", hookUrl);

        Thread consumer = new Thread(this::consume, "bench-kafka");
        consumer.setDaemon(true);
        consumer.start();
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!consumerAssigned.get() && System.nanoTime() < until) {
            Api.sleep(200);
        }

        List<Phase> phases = new ArrayList<>();
        // warm-up (not reported): JIT, connection pools, topic metadata
        Phase warm = phase("warm-up", Integer.parseInt(opt.getOrDefault("warmup-rate", "5")),
                Integer.parseInt(opt.getOrDefault("warmup-seconds", "10")));
        drain(warm, 90);
        report(List.of(warm), "warmup");

        int seconds = Integer.parseInt(opt.getOrDefault("seconds", "30"));
        double p99StopMillis = Double.parseDouble(opt.getOrDefault("stop-p99-ms", "10000"));
        StringBuilder stopped = new StringBuilder();
        for (String r : opt.getOrDefault("rates", "25,50,100,200").split(",")) {
            int rate = Integer.parseInt(r.trim());
            Phase p = phase("rate-" + rate, rate, seconds);
            phases.add(p);
            long drainedAfter = drain(p, Integer.parseInt(opt.getOrDefault("drain-seconds", "120")));
            report(phases, "chain");
            double[] e2e = latencies(p, webhooked);
            Stats s = Stats.of(e2e);
            long lost = expected(p) - countIn(p, webhooked);
            if (lost > 0 || s.p99() > p99StopMillis || p.skipped() > 0) {
                stopped.append(String.format(Locale.ROOT,
                        "stopped after %d/s: lost=%d p99=%.0f ms skipped=%d drain=%.1f s%n", rate, lost, s.p99(),
                        p.skipped(), drainedAfter / 1e9));
                log("%s", stopped.toString().trim());
                break;
            }
        }
        consuming.set(false);
        consumer.join(10_000);
        receiver.stop(0);
        Files.writeString(out.resolve("chain-stop.txt"), stopped.length() == 0 ? "all rates run\n" : stopped.toString());
        report(phases, "chain");
        log("done");
        System.exit(0);
    }

    // ---------------------------------------------------------------- set-up through the public APIs

    private void setUp(String office) throws Exception {
        // units (task-service publishes them on cc.directory.v1)
        for (int u = 1; u <= units; u++) {
            String code = String.format("BU%02d", u);
            HttpResponse<String> r = Api.send("POST", task + "/units", office, "application/json",
                    "{\"code\":\"" + code + "\",\"name\":\"基准测试单位" + u + "\",\"kind\":\"DEPARTMENT\"}");
            Api.expect(r, 201, 409);
        }
        // an evaluation system with 30 field-inspected standards for farmers' markets
        StringBuilder csv = new StringBuilder(
                "category_code,category_name,indicator_code,indicator_name,standard_code,standard_name,full_marks,weight,method,point_types\n");
        for (int i = 1; i <= ITEMS; i++) {
            int ind = (i - 1) / 10 + 1;
            csv.append(String.format("C-B,基准测评项目,I-B.%d,基准测评内容%d,S-B.%02d,基准测评标准%02d,1,0.1,FIELD_INSPECTION,FARMERS_MARKET%n",
                    ind, ind, i, i));
        }
        Api.expect(Api.send("POST", task + "/evaluation-systems/" + EVAL_VERSION + "/import", office,
                "text/csv; charset=UTF-8", csv.toString()), 201, 409);
        Api.expect(Api.send("POST", task + "/evaluation-systems/" + EVAL_VERSION + "/activate", office, null, null),
                200, 409);
        // a 24×7 calendar, as the system tests' drills use
        int year = OffsetDateTime.now(ZoneOffset.ofHours(8)).getYear();
        HttpResponse<String> cal = Api.get(accountability + "/calendar/" + year, office);
        String body = "{\"zone\":\"Asia/Shanghai\",\"allDaysWorking\":true,\"days\":[]}";
        if (cal.statusCode() == 200) {
            Api.expect(Api.send("PUT", accountability + "/calendar/" + year, office, "application/json", body,
                    "If-Match", cal.headers().firstValue("ETag").orElse("*")), 200);
        } else {
            Api.expect(Api.send("PUT", accountability + "/calendar/" + year, office, "application/json", body), 200);
        }
        // inspection-service learns the standards and units from Kafka
        String lastUnit = String.format("BU%02d", units);
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            boolean standards = Api.get(inspection + "/catalogue/standards/S-B." + ITEMS, office).statusCode() == 200;
            boolean directory = Api.get(inspection + "/directory/units/" + lastUnit, office).statusCode() == 200;
            boolean acc = Api.get(accountability + "/directory/units/" + lastUnit, office).statusCode() == 200;
            boolean notif = Api.get(notification + "/directory/units/" + lastUnit, office).statusCode() == 200;
            if (standards && directory && acc && notif) {
                break;
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException("inspection-service did not learn standards/units within 120 s");
            }
            Api.sleep(500);
        }
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= ITEMS; i++) {
            items.append(i == 1 ? "" : ",").append(String.format(
                    "{\"code\":\"B-%02d\",\"standardCode\":\"S-B.%02d\",\"checkText\":\"基准检查项%02d\",\"maxScore\":10,"
                            + "\"passThreshold\":6,\"severity\":\"GENERAL\"}", i, i, i));
        }
        Api.expect(Api.send("POST", inspection + "/checklists/FARMERS_MARKET/versions", office, "application/json",
                "{\"passThreshold\":150,\"items\":[" + items + "]}"), 201);
        // points, imported in chunks (all-or-nothing per chunk)
        int chunk = 500;
        for (int from = 0; from < points; from += chunk) {
            StringBuilder pcsv = new StringBuilder("code,name,type,address,street,latitude,longitude,crs,responsible_unit,co_units,active\n");
            for (int p = from; p < Math.min(points, from + chunk); p++) {
                pcsv.append(String.format(Locale.ROOT, "%s,基准农贸市场%d,FARMERS_MARKET,城关区基准路%d号,JD01,%.6f,%.6f,WGS84,BU%02d,,true%n",
                        pointCode(p), p, p, lat(p), lon(p), p % units + 1));
            }
            Api.expect(Api.send("POST", inspection + "/points/import", office, "text/csv; charset=UTF-8",
                    pcsv.toString()), 200, 201);
        }
    }

    private static String pointCode(int p) {
        return String.format("BP-%05d", p);
    }

    private static double lat(int p) {
        return 30.20 + (p % 100) * 0.001;
    }

    private static double lon(int p) {
        return 120.10 + (p / 100) * 0.001;
    }

    // ---------------------------------------------------------------- load

    private Phase phase(String name, int rate, int seconds) throws Exception {
        String token = Api.token("inspector1"); // fresh for each phase (5-minute tokens)
        int n = rate * seconds;
        long period = 1_000_000_000L / rate;
        List<Sent> sent = new ArrayList<>(n);
        AtomicInteger inFlight = new AtomicInteger();
        int maxInFlight = Integer.parseInt(opt.getOrDefault("max-in-flight", "3000"));
        int skipped = 0;
        log("%s: %d inspections at %d/s for %d s", name, n, rate, seconds);
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < n; i++) {
            long intended = start + i * period;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            if (inFlight.get() >= maxInFlight) {
                skipped++;
                continue;
            }
            long k = inspectionCounter.getAndIncrement();
            int p = (int) (k % points);
            int round = (int) (k / points);
            List<String> failed = new ArrayList<>(FAILING);
            StringBuilder items = new StringBuilder();
            Set<Integer> failing = new java.util.HashSet<>();
            for (int j = 0; j < FAILING; j++) {
                failing.add((FAILING * round + j) % ITEMS + 1);
            }
            for (int it = 1; it <= ITEMS; it++) {
                boolean fail = failing.contains(it);
                if (fail) {
                    failed.add(String.format("S-B.%02d", it));
                }
                items.append(it == 1 ? "" : ",").append(String.format("{\"itemCode\":\"B-%02d\",\"score\":%d}", it, fail ? 2 : 9));
            }
            String body = String.format(Locale.ROOT,
                    "{\"pointCode\":\"%s\",\"inspectedAt\":\"%s\",\"latitude\":%.6f,\"longitude\":%.6f,\"crs\":\"WGS84\",\"items\":[%s]}",
                    pointCode(p), OffsetDateTime.now(ZoneOffset.UTC).withNano(0), lat(p), lon(p), items);
            Sent s = new Sent(k, intended, pointCode(p), failed, new AtomicLong(), new AtomicInteger(), new String[1]);
            sent.add(s);
            inFlight.incrementAndGet();
            HttpRequest req = HttpRequest.newBuilder(URI.create(inspection + "/inspections"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            Api.HTTP.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                s.answered().set(System.nanoTime());
                inFlight.decrementAndGet();
                if (e != null) {
                    s.status().set(-1);
                    return;
                }
                s.status().set(r.statusCode());
                if (r.statusCode() == 201) {
                    try {
                        s.id()[0] = Api.JSON.readTree(r.body()).get("id").asText();
                    } catch (IOException ex) {
                        s.status().set(-2);
                    }
                }
            });
        }
        long end = System.nanoTime();
        if (skipped > 0) {
            log("%s: %d inspections not sent (more than %d in flight)", name, skipped, maxInFlight);
        }
        return new Phase(name, rate, seconds, sent, start, end, skipped);
    }

    /** Waits until every failed item of the phase reached the webhook (or no progress for 30 s / the limit). */
    private long drain(Phase p, int limitSeconds) {
        long until = p.end() + Duration.ofSeconds(limitSeconds).toNanos();
        long lastProgress = System.nanoTime();
        long lastCount = -1;
        while (System.nanoTime() < until) {
            boolean answered = p.sent().stream().allMatch(s -> s.answered().get() != 0);
            long have = countIn(p, webhooked);
            if (answered && have >= expected(p)) {
                break;
            }
            if (have != lastCount) {
                lastCount = have;
                lastProgress = System.nanoTime();
            } else if (answered && System.nanoTime() - lastProgress > Duration.ofSeconds(30).toNanos()) {
                break;
            }
            Api.sleep(200);
        }
        return System.nanoTime() - p.end();
    }

    private static long expected(Phase p) {
        return p.sent().stream().filter(s -> s.status().get() == 201).mapToLong(s -> s.failedStandards().size()).sum();
    }

    private static long countIn(Phase p, Map<String, Long> arrivals) {
        long n = 0;
        for (Sent s : p.sent()) {
            if (s.id()[0] != null) {
                for (String std : s.failedStandards()) {
                    if (arrivals.containsKey(s.id()[0] + ":" + std)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static double[] latencies(Phase p, Map<String, Long> arrivals) {
        List<Double> l = new ArrayList<>();
        for (Sent s : p.sent()) {
            if (s.id()[0] != null) {
                for (String std : s.failedStandards()) {
                    Long at = arrivals.get(s.id()[0] + ":" + std);
                    if (at != null) {
                        l.add((at - s.intended()) / 1e6);
                    }
                }
            }
        }
        return l.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static long lastArrival(Phase p, Map<String, Long> arrivals) {
        long last = p.start();
        for (Sent s : p.sent()) {
            if (s.id()[0] != null) {
                for (String std : s.failedStandards()) {
                    Long at = arrivals.get(s.id()[0] + ":" + std);
                    if (at != null && at > last) {
                        last = at;
                    }
                }
            }
        }
        return last;
    }

    private void report(List<Phase> phases, String file) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| rate (insp/s) | sent | 201 | other | achieved submit (insp/s) | failed items (share) | opened | webhooks | lost | "
                + "submit HTTP p50/p95/p99/max ms | → opened p50/p95/p99/max ms | → webhook p50/p95/p99/max ms | "
                + "e2e failed items/s | drain after last submit s |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder json = new StringBuilder();
        for (Phase p : phases) {
            long ok = p.sent().stream().filter(s -> s.status().get() == 201).count();
            long other = p.sent().size() - ok;
            long lastAnswer = p.sent().stream().mapToLong(s -> s.answered().get()).max().orElse(p.end());
            double submitRate = ok / ((Math.max(lastAnswer, p.end()) - p.start()) / 1e9);
            double[] http = p.sent().stream().filter(s -> s.answered().get() != 0)
                    .mapToDouble(s -> (s.answered().get() - s.intended()) / 1e6).toArray();
            Stats h = Stats.of(http);
            Stats o = Stats.of(latencies(p, opened));
            Stats w = Stats.of(latencies(p, webhooked));
            long exp = expected(p);
            long lost = exp - countIn(p, webhooked);
            long last = lastArrival(p, webhooked);
            double e2eRate = w.count() / ((last - p.start()) / 1e9);
            double drainS = (last - p.end()) / 1e9;
            md.append(String.format(Locale.ROOT,
                    "| %d | %d | %d | %d | %.1f | %d (%.1f %%) | %d | %d | %d | %.0f/%.0f/%.0f/%.0f | %.0f/%.0f/%.0f/%.0f | %.0f/%.0f/%.0f/%.0f | %.1f | %.1f |\n",
                    p.rate(), p.sent().size() + p.skipped(), ok, other + p.skipped(), submitRate, exp,
                    ok == 0 ? 0.0 : 100.0 * exp / (ok * ITEMS), o.count(), w.count(), lost,
                    h.p50(), h.p95(), h.p99(), h.max(), o.p50(), o.p95(), o.p99(), o.max(),
                    w.p50(), w.p95(), w.p99(), w.max(), e2eRate, drainS));
            json.append(String.format(Locale.ROOT,
                    "{\"phase\":\"%s\",\"rate\":%d,\"seconds\":%d,\"sent\":%d,\"skipped\":%d,\"created\":%d,\"other\":%d,"
                            + "\"submitPerSecond\":%.2f,\"failedItems\":%d,\"failedShare\":%.4f,\"lost\":%d,"
                            + "\"e2eFailedItemsPerSecond\":%.2f,\"drainSeconds\":%.2f,\"http\":%s,\"opened\":%s,\"webhook\":%s,"
                            + "\"statuses\":%s}%n",
                    p.name(), p.rate(), p.seconds(), p.sent().size(), p.skipped(), ok, other, submitRate, exp,
                    ok == 0 ? 0.0 : (double) exp / (ok * ITEMS), lost, e2eRate, drainS, h.json(), o.json(), w.json(),
                    statuses(p)));
        }
        md.append(String.format(Locale.ROOT, "%nwebhook duplicates: %d; opened-event duplicates: %d; escalated events seen: %d%n",
                webhookDuplicates.get(), openedDuplicates.get(), escalatedSeen.get()));
        Files.writeString(out.resolve(file + ".md"), md.toString());
        Files.writeString(out.resolve(file + ".jsonl"), json.toString());
        if (file.equals("chain")) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("chain-items.csv")))) {
                w.println("phase,inspection_id,standard,http_status,submit_ms,opened_ms,webhook_ms");
                for (Phase p : phases) {
                    for (Sent s : p.sent()) {
                        for (String std : s.failedStandards()) {
                            String key = s.id()[0] + ":" + std;
                            Long o = opened.get(key);
                            Long wh = webhooked.get(key);
                            w.printf(Locale.ROOT, "%s,%s,%s,%d,%.1f,%s,%s%n", p.name(), s.id()[0], std, s.status().get(),
                                    s.answered().get() == 0 ? -1.0 : (s.answered().get() - s.intended()) / 1e6,
                                    o == null ? "" : String.format(Locale.ROOT, "%.1f", (o - s.intended()) / 1e6),
                                    wh == null ? "" : String.format(Locale.ROOT, "%.1f", (wh - s.intended()) / 1e6));
                        }
                    }
                }
            }
        }
        System.out.print(md);
    }

    private static String statuses(Phase p) {
        Map<Integer, Integer> m = new java.util.TreeMap<>();
        p.sent().forEach(s -> m.merge(s.status().get(), 1, Integer::sum));
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return b.append('}').toString();
    }

    // ---------------------------------------------------------------- observers

    private void consume() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, opt.getOrDefault("kafka", "127.0.0.1:9092"));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, opt.get("prefix") + "bench-observer");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "10");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(props)) {
            c.subscribe(List.of(opt.get("prefix") + "cc.rectifications.v1"));
            while (consuming.get()) {
                var records = c.poll(Duration.ofMillis(100));
                if (!c.assignment().isEmpty()) {
                    consumerAssigned.set(true);
                }
                long now = System.nanoTime();
                for (ConsumerRecord<String, String> r : records) {
                    Header type = r.headers().lastHeader("ce_type");
                    String t = type == null ? "" : new String(type.value(), StandardCharsets.UTF_8);
                    if (t.equals("cc.rectification.escalated.v1")) {
                        escalatedSeen.incrementAndGet();
                    }
                    if (!t.equals("cc.rectification.opened.v1")) {
                        continue;
                    }
                    try {
                        JsonNode v = Api.JSON.readTree(r.value());
                        String key = v.path("sourceRef").asText() + ":" + v.path("order").path("standardCode").asText();
                        if (opened.putIfAbsent(key, now) != null) {
                            openedDuplicates.incrementAndGet();
                        }
                    } catch (IOException e) {
                        log("undecodable opened event: %s", e.getMessage());
                    }
                }
            }
        }
    }

    private HttpServer receiver() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/hook", ex -> {
            long now = System.nanoTime();
            try (InputStream in = ex.getRequestBody()) {
                JsonNode body = Api.JSON.readTree(in);
                JsonNode data = body.path("data");
                String key = data.path("sourceRef").asText() + ":" + data.path("order").path("standardCode").asText();
                if (webhooked.putIfAbsent(key, now) != null) {
                    webhookDuplicates.incrementAndGet();
                }
            } catch (Exception e) {
                log("bad webhook body: %s", e.getMessage());
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
        return server;
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[chain %s] %s%n", java.time.LocalTime.now().withNano(0), String.format(Locale.ROOT, format, args));
    }
}
