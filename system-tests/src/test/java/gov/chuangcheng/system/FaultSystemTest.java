package gov.chuangcheng.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost, nothing doubled under faults (issue #8): a stream of 1,100 failed check items flows from inspectors
 * through inspection-service, accountability-service and notification-service to webhooks and mail while the Kafka
 * broker restarts, accountability-service and then notification-service are killed with -9 and started again on
 * their data, and two accountability-service instances sweep the escalation ladder at once. Afterwards the databases,
 * the webhook receiver and the mail server are counted against what the stream's shape makes exact.
 *
 * <p>The stream: {@value #UNITS} units × {@value #POINTS_PER_UNIT} 农贸市场 points. Round 1: every point fails
 * NM-01..NM-04 (two general, two serious: deadlines of days, so they do not climb during the test); every fifth point
 * also fails NM-05 (critical: 提醒 10 s before the drill's deadline of {@value #CRITICAL_DEADLINE}, 督办 at it, then a
 * rung every 5 s, so those orders climb all five rungs while the faults happen). Round 2: the points {@code i % 5 == 2}
 * fail NM-01 again while its order is open — recorded on that order and escalated to 通报 at once, never a second
 * order. Episodes (one open order per point × standard) = 250 × 4 + 50 = 1,050; failures recorded = 1,100.
 *
 * <p>Run alone (the service jars must be packaged; the test restarts the shared Kafka broker):
 * {@code ./mvnw -B -pl task-service,inspection-service,accountability-service,notification-service,system-tests verify
 * -Dtest=FaultSystemTest -Dsurefire.failIfNoSpecifiedTests=false}. The counts are recorded in docs/reliability.md.
 */
class FaultSystemTest {

    static final int UNITS = 5;
    static final int POINTS_PER_UNIT = 50;
    static final int POINTS = UNITS * POINTS_PER_UNIT;
    static final String CRITICAL_DEADLINE = "PT30S";
    /** One submission is released every this many ms, so that the faults fall in the middle of the stream. */
    static final long PACE_MS = 300;

    static final int CLIENT_THREADS = 4;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(15);
    /** How long one submission may keep retrying (same Idempotency-Key) before the test gives up on it. */
    static final Duration SUBMISSION_BUDGET = Duration.ofSeconds(120);

    static final int ROUND_ONE_ITEMS = 4;
    static final int CRITICAL_POINTS = POINTS / 5;
    static final int REPEAT_POINTS = POINTS / 5;
    static final int INSPECTIONS = POINTS + REPEAT_POINTS;
    static final int FAILED_ITEMS = POINTS * ROUND_ONE_ITEMS + CRITICAL_POINTS + REPEAT_POINTS;
    static final int EPISODES = POINTS * ROUND_ONE_ITEMS + CRITICAL_POINTS;
    /**
     * Critical orders climb 提醒 督办 通报 约谈 问责 by due steps. A repeat failure of an open order is the same problem
     * found again before any fix was submitted: attached to the order (补充线索), no rung — orders climb by the clock.
     */
    static final int LADDER_STEPS = CRITICAL_POINTS * 5;

    static final int ESCALATIONS = LADDER_STEPS;
    /**
     * Mail (the deputies have no address): opened and evidence added → liaison; 提醒 and 督办 → liaison; 通报 → head
     * and liaison;
     * 约谈 and 问责 → head.
     */
    static final int MAILS = EPISODES + REPEAT_POINTS + 2 * CRITICAL_POINTS + 2 * CRITICAL_POINTS + 2 * CRITICAL_POINTS;

    /** The seeded routing rules' roles that get mail, per event (opened, or escalated to a level). */
    static final Map<String, List<String>> MAIL_ROLES = Map.of(
            "OPENED", List.of("LIAISON", "DEPUTY"),
            "EVIDENCE_ADDED", List.of("LIAISON"),
            "REMINDER", List.of("LIAISON"),
            "SUPERVISION", List.of("LIAISON", "DEPUTY"),
            "NOTICE", List.of("HEAD", "DEPUTY", "LIAISON"),
            "TALK", List.of("HEAD"),
            "ACCOUNTABILITY", List.of("HEAD"));

    static final String SWEEPER_LOG_CATEGORY = "gov.chuangcheng.accountability.rectification.OrderEscalation";
    static final String STEP_FIRED = " fires at ";
    static final String OPENED = "cc.rectification.opened.v1";
    static final String ESCALATED = "cc.rectification.escalated.v1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SystemUnderTest system;
    private static Setup setup;

    @BeforeAll
    static void startServices() throws Exception {
        // operators' settings for a drill: short deadlines and rungs, a fast sweep, quick retries, and a consumer
        // group that notices a killed member after 10 s instead of 45 s
        Map<String, String> failover = Map.of(
                "kafka.session.timeout.ms", "10000",
                "kafka.heartbeat.interval.ms", "2000");
        Map<String, String> accountability = new HashMap<>(failover);
        accountability.putAll(Map.of(
                "cc.rectification.deadline.critical.office-time", CRITICAL_DEADLINE,
                "cc.escalation.reminder-before", "PT10S",
                "cc.escalation.notice-after", "PT5S",
                "cc.escalation.talk-after", "PT5S",
                "cc.escalation.accountability-after", "PT5S",
                "cc.escalation.sweep-every", "1s",
                // task-service's dashboard shows the published ranking: publish it every second, not minute
                "cc.ranking.publish-every", "1s"));
        // each fired step is logged, so that the test can tell which instance fired it
        accountability.put("quarkus.log.category.\"" + SWEEPER_LOG_CATEGORY + "\".level", "DEBUG");
        Map<String, String> notification = new HashMap<>(failover);
        notification.putAll(Map.of(
                "cc.webhooks.allowed-hosts", "127.0.0.1",
                "cc.webhooks.sweep", "3s",
                "cc.webhooks.retry-schedule", "1s,2s,5s,10s,10s,10s",
                "cc.mail.sweep", "3s"));
        system = SystemUnderTest.start(Map.of(
                "accountability-service", accountability,
                "notification-service", notification));
        setup = new Setup(system);
    }

    @AfterAll
    static void stopServices() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void aStreamOfFailuresThroughRestartsKillsAndTwoSweepersLosesAndDoublesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String office = setup.office();

        // units with a head and a liaison reachable by mail (addresses of this run only) and a deputy by phone only
        List<String> units = IntStream.rangeClosed(1, UNITS)
                .mapToObj(i -> "FT" + run + "-U" + i)
                .toList();
        Map<String, Map<String, String>> mailOf = new LinkedHashMap<>();
        for (String unit : units) {
            String local = unit.toLowerCase();
            Map<String, String> byRole = Map.of(
                    "HEAD", "head-" + local + "@chuangcheng.local",
                    "LIAISON", "liaison-" + local + "@chuangcheng.local");
            mailOf.put(unit, byRole);
            setup.ensureUnit(
                    unit, "故障演练单位" + unit, "DEPARTMENT", """
                    ,"contacts":[{"name":"主要负责人","role":"HEAD","email":"%s"},
                    {"name":"分管负责人","role":"DEPUTY","phone":"13800000000"},
                    {"name":"联络员","role":"LIAISON","email":"%s"}]""".formatted(byRole.get("HEAD"), byRole.get("LIAISON")));
        }
        setup.evaluationSystem();
        setup.roundTheClockCalendar();
        setup.marketChecklist(units.get(0));
        for (ServiceProcess s : List.of(system.inspection, system.accountability, system.notification)) {
            await().atMost(Duration.ofSeconds(60))
                    .untilAsserted(() -> units.forEach(u -> given().baseUri(s.baseUrl())
                            .auth()
                            .oauth2(office)
                            .get("/directory/units/" + u)
                            .then()
                            .statusCode(200)));
        }
        Map<String, String> unitOfPoint = new LinkedHashMap<>();
        for (int i = 0; i < POINTS; i++) {
            unitOfPoint.put(pointCode(run, i), units.get(i / POINTS_PER_UNIT));
        }
        setup.marketPoints(unitOfPoint, "故障演练市场");

        // one government system subscribes to every order opened and every rung climbed
        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver gateway = new WebhookReceiver(secret)) {
            given().baseUri(system.notification.baseUrl())
                    .auth()
                    .oauth2(office)
                    .contentType("application/json")
                    .body("""
                            {"name":"故障演练网关%s","url":"%s","eventTypes":["%s","%s"],"secret":"%s"}""".formatted(run, gateway.url(), OPENED, ESCALATED, secret))
                    .post("/webhook-subscriptions")
                    .then()
                    .statusCode(201);

            // ---- the stream, with the faults in its middle ----
            Stream stream = new Stream(run);
            Instant started = Instant.now();
            stream.start();
            List<String> faults = new ArrayList<>();

            stream.awaitCompleted(INSPECTIONS * 15 / 100);
            SystemUnderTest.restartInfrastructure("kafka", Duration.ofSeconds(180));
            faults.add(at(started) + " Kafka broker restarted (after " + stream.completed.get() + " inspections)");

            stream.awaitCompleted(INSPECTIONS * 35 / 100);
            system.accountability.kill();
            faults.add(at(started) + " accountability-service killed -9 (after " + stream.completed.get()
                    + " inspections)");
            system.accountability = system.restart(system.accountability);
            faults.add(at(started) + " accountability-service up again on its data");
            // a second instance (same database and consumer group) joins while the stream and the ladder go on
            ServiceProcess first = system.accountability;
            CompletableFuture<ServiceProcess> joining = CompletableFuture.supplyAsync(() -> {
                try {
                    return system.second(first, 28093);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            stream.awaitCompleted(INSPECTIONS * 55 / 100);
            system.notification.kill();
            faults.add(
                    at(started) + " notification-service killed -9 (after " + stream.completed.get() + " inspections)");
            system.notification = system.restart(system.notification);
            faults.add(at(started) + " notification-service up again on its data");

            ServiceProcess secondSweeper = joining.get(180, TimeUnit.SECONDS);
            faults.add(at(started) + " second accountability-service instance ready on :28093 (after "
                    + stream.completed.get() + " inspections; started after the first one's restart)");

            stream.awaitAll(Duration.ofSeconds(240));
            faults.add(at(started) + " stream done: " + INSPECTIONS + " inspections accepted");

            // both instances sweep until every critical order has climbed to 问责 and no step is left due
            try {
                await().atMost(Duration.ofSeconds(180))
                        .pollInterval(Duration.ofSeconds(2))
                        .until(() -> count(
                                                ACCOUNTABILITY,
                                                "select count(*) from rectification_order where standard_code = ?"
                                                        + " and level = 'ACCOUNTABILITY'",
                                                "S-3.1.5")
                                        == CRITICAL_POINTS
                                && count(
                                                ACCOUNTABILITY,
                                                "select count(*) from escalation_step where fired_at is null"
                                                        + " and due_at <= now()")
                                        == 0);
                faults.add(at(started) + " ladder done with two sweepers");
            } catch (ConditionTimeoutException e) {
                faults.add(at(started) + " ladder NOT done within 180 s");
            }
            long firedByFirst = system.accountability.logLinesContaining(STEP_FIRED);
            long firedBySecond = secondSweeper.logLinesContaining(STEP_FIRED);
            faults.add(at(started) + " steps fired by :28083 since its restart " + firedByFirst + ", by :28093 "
                    + firedBySecond + "; :28093 stopped");
            secondSweeper.close();

            // ---- settle: everything the stream caused has been delivered, or the wait runs out ----
            try {
                await().atMost(Duration.ofSeconds(150))
                        .pollInterval(Duration.ofSeconds(2))
                        .until(() -> unsentOutboxRows().values().stream().allMatch(n -> n == 0)
                                && count(NOTIFICATION, "select count(*) from notification where status = 'PENDING'")
                                        == 0
                                && count(NOTIFICATION, "select count(*) from webhook_delivery where status = 'PENDING'")
                                        == 0
                                && count(NOTIFICATION, "select count(*) from webhook_delivery")
                                        >= EPISODES + ESCALATIONS
                                && scoresAgree(units)
                                && distinctWebhookIds(gateway) >= EPISODES + ESCALATIONS);
                faults.add(at(started) + " settled");
            } catch (ConditionTimeoutException e) {
                faults.add(at(started) + " NOT settled within 150 s; counting what is there");
            }

            Counts counts = count(run, units, mailOf, gateway, stream);
            counts.expect(
                    "second accountability instance fired escalation steps (1 = yes)", 1, firedBySecond > 0 ? 1 : 0);
            System.out.println(counts.report(faults));
            counts.assertExact();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // the stream: paced submissions from a few client threads, each retried with its own Idempotency-Key

    /** One inspection to submit: its body and key are fixed once, so every retry is the same request. */
    record Submission(int seq, int point, String inspector, String key, String body, boolean resend) {}

    final class Stream {
        private final List<Submission> submissions = new ArrayList<>();
        private final ScheduledExecutorService clients = Executors.newScheduledThreadPool(CLIENT_THREADS);
        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<String, String> tokens = new ConcurrentHashMap<>();
        private final Map<Integer, CompletableFuture<Void>> firstRound = new ConcurrentHashMap<>();
        private final List<CompletableFuture<Void>> all = new ArrayList<>();
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger retries = new AtomicInteger();
        final AtomicInteger replayed = new AtomicInteger();
        final Set<String> inspectionIds = ConcurrentHashMap.newKeySet();

        Stream(String run) {
            String inspectedAt = OffsetDateTime.now(ZoneOffset.UTC)
                    .minusMinutes(1)
                    .withNano(0)
                    .toString();
            int seq = 0;
            for (int i = 0; i < POINTS; i++) {
                Map<String, Integer> scores = new TreeMap<>(Map.of(
                        "NM-01", 2, "NM-02", 2, "NM-03", 2, "NM-04", 2, "NM-05", i % 5 == 0 ? 2 : 9, "NM-06", 9));
                submissions.add(submission(seq++, i, pointCode(run, i), scores, inspectedAt));
            }
            for (int i = 2; i < POINTS; i += 5) {
                Map<String, Integer> scores =
                        new TreeMap<>(Map.of("NM-01", 2, "NM-02", 9, "NM-03", 9, "NM-04", 9, "NM-05", 9, "NM-06", 9));
                submissions.add(submission(seq++, i, pointCode(run, i), scores, inspectedAt));
            }
        }

        private Submission submission(
                int seq, int point, String pointCode, Map<String, Integer> scores, String inspectedAt) {
            String items = scores.entrySet().stream()
                    .map(e -> "{\"itemCode\":\"" + e.getKey() + "\",\"score\":" + e.getValue() + "}")
                    .collect(Collectors.joining(",", "[", "]"));
            String body = """
                    {"pointCode":"%s","inspectedAt":"%s","latitude":30.27412,"longitude":120.15515,"crs":"WGS84",
                     "items":%s}""".formatted(pointCode, inspectedAt, items);
            // every tenth submission is sent a second time after it succeeded, as a phone that lost the answer would
            return new Submission(
                    seq,
                    point,
                    seq % 2 == 0 ? "inspector1" : "inspector2",
                    UUID.randomUUID().toString(),
                    body,
                    seq % 10 == 3);
        }

        void start() {
            for (Submission s : submissions) {
                boolean repeat = s.seq() >= POINTS;
                CompletableFuture<Void> done = new CompletableFuture<>();
                if (!repeat) {
                    firstRound.put(s.point(), done);
                }
                all.add(done);
                clients.schedule(
                        () -> {
                            try {
                                if (repeat) {
                                    // a point's second failure follows its first (its order must be open by then)
                                    firstRound.get(s.point()).get(SUBMISSION_BUDGET.toSeconds(), TimeUnit.SECONDS);
                                }
                                submit(s);
                                completed.incrementAndGet();
                                done.complete(null);
                            } catch (Throwable t) {
                                done.completeExceptionally(t);
                            }
                        },
                        s.seq() * PACE_MS,
                        TimeUnit.MILLISECONDS);
            }
        }

        private void submit(Submission s) throws Exception {
            String id = post(s);
            inspectionIds.add(id);
            if (s.resend()) {
                String again = post(s);
                if (!again.equals(id)) {
                    throw new AssertionError(
                            "the same Idempotency-Key answered another inspection: " + id + " / " + again);
                }
            }
        }

        /** POST /inspections until it is answered 201; connection errors, timeouts and 5xx retry with the same key. */
        private String post(Submission s) throws Exception {
            Instant giveUp = Instant.now().plus(SUBMISSION_BUDGET);
            long pause = 200;
            while (true) {
                String failure;
                try {
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder()
                                    .uri(URI.create(system.inspection.baseUrl() + "/inspections"))
                                    .timeout(REQUEST_TIMEOUT)
                                    .header("Authorization", "Bearer " + token(s.inspector(), false))
                                    .header("Content-Type", "application/json")
                                    .header("Idempotency-Key", s.key())
                                    .POST(HttpRequest.BodyPublishers.ofString(s.body()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 201) {
                        if (r.headers().firstValue("Idempotent-Replayed").isPresent()) {
                            replayed.incrementAndGet();
                        }
                        return JSON.readTree(r.body()).get("id").asText();
                    }
                    if (r.statusCode() == 401) {
                        token(s.inspector(), true);
                        failure = "401";
                    } else if (r.statusCode() >= 500) {
                        failure = r.statusCode() + " " + r.body();
                    } else {
                        throw new AssertionError(
                                "submission " + s.seq() + " answered " + r.statusCode() + ": " + r.body());
                    }
                } catch (IOException e) {
                    failure = e.toString();
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError(
                            "submission " + s.seq() + " not accepted within " + SUBMISSION_BUDGET + ": " + failure);
                }
                retries.incrementAndGet();
                // a client's back-off between retries of one request (not a wait for the system's state)
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 3000);
            }
        }

        private String token(String user, boolean renew) {
            if (renew) {
                tokens.remove(user);
            }
            return tokens.computeIfAbsent(user, Tokens::forUser);
        }

        void awaitCompleted(int n) {
            await().atMost(Duration.ofSeconds(180))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() ->
                            completed.get() >= n || all.stream().anyMatch(CompletableFuture::isCompletedExceptionally));
            failFast();
        }

        void awaitAll(Duration timeout) throws Exception {
            try {
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new))
                        .get(timeout.toSeconds(), TimeUnit.SECONDS);
            } finally {
                clients.shutdownNow();
            }
        }

        private void failFast() {
            all.stream()
                    .filter(CompletableFuture::isCompletedExceptionally)
                    .findFirst()
                    .ifPresent(CompletableFuture::join);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // counting

    static final String TASK = "cc_task_test";
    static final String INSPECTION = "cc_inspection_test";
    static final String ACCOUNTABILITY = "cc_accountability_test";
    static final String NOTIFICATION = "cc_notification_test";

    /** Expected and found, line by line; any difference fails the test. */
    static final class Counts {
        private final Map<String, long[]> lines = new LinkedHashMap<>();
        private final List<String> notes = new ArrayList<>();

        void expect(String what, long expected, long found) {
            lines.put(what, new long[] {expected, found});
        }

        void note(String s) {
            notes.add(s);
        }

        String report(List<String> faults) {
            StringBuilder b = new StringBuilder("\n===== FaultSystemTest: nothing lost, nothing doubled =====\n");
            faults.forEach(f -> b.append("  fault  ").append(f).append('\n'));
            lines.forEach((what, v) -> b.append(String.format(
                    "  %-4s %-78s expected %6d  found %6d%n", v[0] == v[1] ? "ok" : "DIFF", what, v[0], v[1])));
            notes.forEach(n -> b.append("  note ").append(n).append('\n'));
            return b.append("==========================================================")
                    .toString();
        }

        void assertExact() {
            List<String> diffs = lines.entrySet().stream()
                    .filter(e -> e.getValue()[0] != e.getValue()[1])
                    .map(e -> e.getKey() + ": expected " + e.getValue()[0] + ", found " + e.getValue()[1])
                    .toList();
            assertEquals(List.of(), diffs, "every count exact");
        }
    }

    private Counts count(
            String run,
            List<String> units,
            Map<String, Map<String, String>> mailOf,
            WebhookReceiver gateway,
            Stream stream)
            throws Exception {
        Counts c = new Counts();
        c.note("client retries after errors " + stream.retries.get() + ", submissions sent twice on purpose "
                + stream.submissions.stream().filter(Submission::resend).count() + ", answered as replays "
                + stream.replayed.get());

        // inspection-service: each submission once, each failed item once
        c.expect(
                "inspections recorded (one per Idempotency-Key)",
                INSPECTIONS,
                count(INSPECTION, "select count(*) from inspection where point_code like ?", "NM-FT-" + run + "-%"));
        c.expect("distinct inspection ids answered", INSPECTIONS, stream.inspectionIds.size());
        c.expect(
                "failed items recorded",
                FAILED_ITEMS,
                count(
                        INSPECTION,
                        "select count(*) from inspection_item i "
                                + "join inspection n on n.id = i.inspection_id where not i.passed and n.point_code like ?",
                        "NM-FT-" + run + "-%"));
        c.expect(
                "cc.inspection.item-failed.v1 in inspection-service's outbox",
                FAILED_ITEMS,
                count(
                        INSPECTION,
                        "select count(*) from outbox_event where event_type = 'cc.inspection.item-failed.v1'"));

        // accountability-service: one order per episode, every failure on it, every rung once
        c.expect(
                "item-failed events applied by accountability-service (inbox)",
                FAILED_ITEMS,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from inbox_event where consumer = 'rectification-orders' "
                                + "and event_type = 'cc.inspection.item-failed.v1'"));
        c.expect(
                "rectification orders = failure episodes (point × standard)",
                EPISODES,
                count(ACCOUNTABILITY, "select count(*) from rectification_order"));
        c.expect(
                "point × standard with more than one order",
                0,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from ("
                                + "select point_id, standard_code from rectification_order group by 1, 2 having count(*) > 1) d"));
        c.expect(
                "failures recorded on orders (sum of failures)",
                FAILED_ITEMS,
                count(ACCOUNTABILITY, "select coalesce(sum(failures), 0) from rectification_order"));
        c.expect(
                "orders with an attached finding (EVIDENCE_ADDED in history)",
                REPEAT_POINTS,
                count(
                        ACCOUNTABILITY,
                        "select count(distinct order_id) from rectification_history "
                                + "where action = 'EVIDENCE_ADDED'"));
        c.expect(
                "findings attached twice (order, inspection)",
                0,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from (select order_id, note from rectification_history "
                                + "where action = 'EVIDENCE_ADDED' group by 1, 2 having count(*) > 1) d"));
        c.expect(
                "cc.rectification.evidence-added.v1 in accountability-service's outbox",
                REPEAT_POINTS,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from outbox_event where event_type = ?",
                        "cc.rectification.evidence-added.v1"));
        c.expect(
                "cc.rectification.opened.v1 in accountability-service's outbox",
                EPISODES,
                count(ACCOUNTABILITY, "select count(*) from outbox_event where event_type = ?", OPENED));
        c.expect(
                "escalation steps fired by the sweepers",
                LADDER_STEPS,
                count(ACCOUNTABILITY, "select count(*) from escalation_step where outcome = 'FIRED'"));
        c.expect(
                "escalation steps fired twice (order, level)",
                0,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from ("
                                + "select order_id, level from escalation_step where outcome = 'FIRED' group by 1, 2 "
                                + "having count(*) > 1) d"));
        c.expect(
                "escalation steps scheduled twice (order, level)",
                0,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from ("
                                + "select order_id, level from escalation_step group by 1, 2 having count(*) > 1) d"));
        c.expect(
                "escalation steps due and not fired",
                0,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from escalation_step where fired_at is null and due_at <= now()"));
        c.expect(
                "rungs climbed (ESCALATED in order history)",
                ESCALATIONS,
                count(ACCOUNTABILITY, "select count(*) from rectification_history where action = 'ESCALATED'"));
        c.expect(
                "rungs climbed twice (order, level) in history",
                0,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from ("
                                + "select order_id, level from rectification_history where action = 'ESCALATED' group by 1, 2 "
                                + "having count(*) > 1) d"));
        c.expect(
                "cc.rectification.escalated.v1 in accountability-service's outbox",
                ESCALATIONS,
                count(ACCOUNTABILITY, "select count(*) from outbox_event where event_type = ?", ESCALATED));
        c.expect(
                "ledger entries (one per rung)",
                ESCALATIONS,
                count(ACCOUNTABILITY, "select count(*) from ledger_entry where order_id is not null"));
        c.expect(
                "ledger entries twice (order, level)",
                0,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from ("
                                + "select order_id, level from ledger_entry group by 1, 2 having count(*) > 1) d"));
        c.expect(
                "critical orders at 问责 ACCOUNTABILITY",
                CRITICAL_POINTS,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from rectification_order where standard_code = 'S-3.1.5' and level = 'ACCOUNTABILITY'"));
        c.expect(
                "orders found twice, still without a rung (未升级)",
                REPEAT_POINTS,
                count(
                        ACCOUNTABILITY,
                        "select count(*) from rectification_order where failures = 2 and level = 'NONE'"));
        // each unit: 10 critical orders × (2 + 5 + 10); findings attached to open orders cost nothing
        long deduction = (long) (CRITICAL_POINTS / UNITS) * 17;
        long scoresRight = 0;
        long scoresAgree = 0;
        for (String unit : units) {
            Long ledger = scalar(ACCOUNTABILITY, "select round(score) from ledger_unit where unit_code = ?", unit);
            Long dashboard = scalar(TASK, "select round(score) from dash_ranking_unit where unit_code = ?", unit);
            scoresRight += ledger != null && ledger == 100 - deduction ? 1 : 0;
            scoresAgree += ledger != null && ledger.equals(dashboard) ? 1 : 0;
            c.note("unit " + unit + ": ledger score " + ledger + ", task-service dashboard score " + dashboard);
        }
        c.expect("units whose ledger score is 100 − " + deduction, UNITS, scoresRight);
        c.expect("units whose task-service score equals the ledger", UNITS, scoresAgree);

        // the events notification-service had to route: the accountability outbox is the truth
        Map<String, String> levelOfEvent = new HashMap<>();
        Map<String, String> unitOfEvent = new HashMap<>();
        for (Map<String, Object> row : rows(
                ACCOUNTABILITY,
                "select event_id::text as id, event_type, payload " + "from outbox_event where event_type in (?, ?)",
                OPENED,
                ESCALATED)) {
            JsonNode payload = JSON.readTree((String) row.get("payload"));
            String id = (String) row.get("id");
            levelOfEvent.put(
                    id,
                    OPENED.equals(row.get("event_type"))
                            ? "OPENED"
                            : payload.get("level").asText());
            unitOfEvent.put(id, payload.get("order").get("unitCode").asText());
        }

        // webhooks: one distinct webhook-id per (event, subscription), each delivered, each signed right
        Map<String, Set<String>> webhookIds = new HashMap<>();
        long badSignatures = 0;
        List<WebhookReceiver.Delivery> deliveries = gateway.deliveries();
        for (WebhookReceiver.Delivery d : deliveries) {
            String eventId = JSON.readTree(d.body()).get("eventId").asText();
            webhookIds.computeIfAbsent(eventId, k -> new HashSet<>()).add(d.id());
            badSignatures += d.signatureValid() ? 0 : 1;
        }
        c.expect("webhook: events to deliver (opened + escalated)", EPISODES + ESCALATIONS, levelOfEvent.size());
        c.expect(
                "webhook: events received with exactly one distinct webhook-id",
                levelOfEvent.size(),
                levelOfEvent.keySet().stream()
                        .filter(e -> webhookIds.getOrDefault(e, Set.of()).size() == 1)
                        .count());
        c.expect(
                "webhook: events received with several webhook-ids",
                0,
                webhookIds.values().stream().filter(ids -> ids.size() > 1).count());
        c.expect(
                "webhook: events received that were never published",
                0,
                webhookIds.keySet().stream()
                        .filter(e -> !levelOfEvent.containsKey(e))
                        .count());
        c.expect("webhook: deliveries with a bad signature", 0, badSignatures);
        c.expect(
                "webhook: delivery rows DELIVERED",
                levelOfEvent.size(),
                count(NOTIFICATION, "select count(*) from webhook_delivery where status = 'DELIVERED'"));
        c.note("webhook posts received " + deliveries.size() + " (a retry repeats its webhook-id)");

        // mail: one distinct Message-ID per (event, recipient) in the recipients' mailboxes; findings attached to an
        // order reach the unit too, though the gateway did not subscribe to them
        Map<String, String> mailedEvents = new HashMap<>(levelOfEvent);
        for (Map<String, Object> row : rows(
                ACCOUNTABILITY,
                "select event_id::text as id, payload from outbox_event where event_type = ?",
                "cc.rectification.evidence-added.v1")) {
            String id = (String) row.get("id");
            mailedEvents.put(id, "EVIDENCE_ADDED");
            unitOfEvent.put(
                    id,
                    JSON.readTree((String) row.get("payload"))
                            .get("order")
                            .get("unitCode")
                            .asText());
        }
        Set<String> expectedMail = new HashSet<>();
        mailedEvents.forEach((event, level) -> MAIL_ROLES.get(level).forEach(role -> {
            String address = mailOf.get(unitOfEvent.get(event)).get(role);
            if (address != null) {
                expectedMail.add(event + " " + address);
            }
        }));
        Map<String, String> mailOfNotification = new HashMap<>();
        for (Map<String, Object> row : rows(
                NOTIFICATION,
                "select id::text as id, source_event_id, recipient " + "from notification where channel = 'MAIL'")) {
            mailOfNotification.put(
                    "<" + row.get("id") + "@notification.chuangcheng.local>",
                    row.get("source_event_id") + " " + row.get("recipient"));
        }
        Map<String, Set<String>> messageIds = new HashMap<>();
        long received = 0;
        long unknownMessageIds = 0;
        for (Map<String, String> byRole : mailOf.values()) {
            for (String address : byRole.values()) {
                for (String messageId : messageIdsIn(address)) {
                    received++;
                    String key = mailOfNotification.get(messageId);
                    if (key == null || !key.endsWith(" " + address)) {
                        unknownMessageIds++;
                    } else {
                        messageIds.computeIfAbsent(key, k -> new HashSet<>()).add(messageId);
                    }
                }
            }
        }
        c.expect("mail: (event, recipient) to reach", MAILS, expectedMail.size());
        c.expect(
                "mail: (event, recipient) received with exactly one distinct Message-ID",
                expectedMail.size(),
                expectedMail.stream()
                        .filter(k -> messageIds.getOrDefault(k, Set.of()).size() == 1)
                        .count());
        c.expect(
                "mail: (event, recipient) received with several Message-IDs",
                0,
                messageIds.values().stream().filter(ids -> ids.size() > 1).count());
        c.expect(
                "mail: (event, recipient) received but not expected",
                0,
                messageIds.keySet().stream()
                        .filter(k -> !expectedMail.contains(k))
                        .count());
        c.expect("mail: messages whose Message-ID no notification has", 0, unknownMessageIds);
        c.expect(
                "mail: notification rows SENT",
                expectedMail.size(),
                count(NOTIFICATION, "select count(*) from notification where channel = 'MAIL' and status = 'SENT'"));
        c.note("mail messages received " + received + " (a resend after a crash repeats its Message-ID)");

        // every outbox drained
        unsentOutboxRows().forEach((db, n) -> c.expect("outbox rows left unsent in " + db, 0, n));
        return c;
    }

    private static Map<String, Long> unsentOutboxRows() throws SQLException {
        Map<String, Long> unsent = new LinkedHashMap<>();
        for (String db : List.of(TASK, INSPECTION, ACCOUNTABILITY, NOTIFICATION)) {
            unsent.put(db, count(db, "select count(*) from outbox_event where published_at is null"));
        }
        return unsent;
    }

    private static boolean scoresAgree(List<String> units) throws SQLException {
        for (String unit : units) {
            Long ledger = scalar(ACCOUNTABILITY, "select round(score) from ledger_unit where unit_code = ?", unit);
            Long dashboard = scalar(TASK, "select round(score) from dash_ranking_unit where unit_code = ?", unit);
            if (ledger == null || !ledger.equals(dashboard)) {
                return false;
            }
        }
        return true;
    }

    private static long distinctWebhookIds(WebhookReceiver gateway) {
        return gateway.deliveries().stream()
                .map(WebhookReceiver.Delivery::id)
                .distinct()
                .count();
    }

    /** The Message-IDs in a GreenMail mailbox, through its REST API (a mailbox nobody wrote to yet is empty). */
    private static List<String> messageIdsIn(String address) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder()
                                .uri(URI.create("http://127.0.0.1:8025/api/user/" + address + "/messages/INBOX"))
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        JSON.readTree(r.body()).forEach(m -> ids.add(m.path("Message-ID").asText()));
        return ids;
    }

    // ---------------------------------------------------------------------------------------------------------
    // JDBC to the services' *_test databases

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/" + database, "chuangcheng", "chuangcheng");
    }

    static long count(String database, String sql, Object... params) throws SQLException {
        Long n = scalar(database, sql, params);
        return n == null ? 0 : n;
    }

    static Long scalar(String database, String sql, Object... params) throws SQLException {
        try (Connection c = connect(database);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                long v = r.getLong(1);
                return r.wasNull() ? null : v;
            }
        }
    }

    static List<Map<String, Object>> rows(String database, String sql, Object... params) throws SQLException {
        try (Connection c = connect(database);
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(r.getMetaData().getColumnLabel(i), r.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    private static String pointCode(String run, int i) {
        return "NM-FT-" + run + "-" + "%03d".formatted(i);
    }

    private static String at(Instant started) {
        return "t+" + Duration.between(started, Instant.now()).toSeconds() + "s";
    }
}
