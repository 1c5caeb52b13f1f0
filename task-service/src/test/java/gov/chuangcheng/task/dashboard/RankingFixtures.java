package gov.chuangcheng.task.dashboard;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.EventCatalog;
import gov.chuangcheng.events.Topic;
import gov.chuangcheng.events.assessment.RankingPublished;
import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.events.assessment.UnitStanding;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.TestEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes rankings to the real broker as accountability-service does (topic cc.assessment.v1, key "ranking") and
 * waits for the dashboard's inbox to have taken them. The dashboard keeps one ranking for the whole service, so a test
 * that asserts it starts from none ({@link #forgetPublications()}); test classes run one after the other.
 */
final class RankingFixtures {

    static final String KEY = "ranking";

    private final TopicNames topics;
    private final ObjectMapper json;
    private final EntityManager em;

    RankingFixtures(TopicNames topics, ObjectMapper json, EntityManager em) {
        this.topics = topics;
        this.json = json;
        this.em = em;
    }

    /** Now in the district's offset, to the second (timestamptz keeps microseconds; no rounding to reason about). */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
    }

    static RankingPublished ranking(OffsetDateTime asOf, UnitStanding... units) {
        return new RankingPublished("R-" + asOf.toEpochSecond(), asOf, 5, List.of(units));
    }

    static UnitStanding standing(
            int rank,
            String code,
            String score,
            int entries,
            Rate onTime,
            Rate rework,
            long fixedOrders,
            String meanWorkingHoursToFix,
            Rate disputes) {
        return new UnitStanding(
                rank,
                code,
                "看板测试" + code,
                new BigDecimal(score),
                entries,
                onTime,
                rework,
                fixedOrders,
                meanWorkingHoursToFix == null ? null : new BigDecimal(meanWorkingHoursToFix),
                disputes);
    }

    /** A unit with nothing noteworthy: score 100, no orders. */
    static UnitStanding quiet(int rank, String code) {
        Rate none = Rate.of(0, 0, 5);
        return standing(rank, code, "100.00", 0, none, none, 0, null, none);
    }

    static Rate rate(long numerator, long denominator, String value) {
        return new Rate(numerator, denominator, value == null ? null : new BigDecimal(value));
    }

    /** Publishes under a new event id; returns it. */
    String publish(RankingPublished ranking) {
        return publish(ranking, UUID.randomUUID().toString());
    }

    /** Publishes under the given event id: the same id again is a redelivery. */
    String publish(RankingPublished ranking, String eventId) {
        TestEvents.publishWithId(
                topics.of(Topic.ASSESSMENT), EventCatalog.RANKING_PUBLISHED, KEY, ranking, json, eventId);
        return eventId;
    }

    /** Publishes and waits until the dashboard's inbox has taken it (applied, or ignored as not newer). */
    String publishAndAwait(RankingPublished ranking) {
        String id = publish(ranking);
        awaitTaken(id);
        return id;
    }

    void awaitTaken(String eventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> taken(eventId));
    }

    boolean taken(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from inbox_event where event_id = ?1")
                                        .setParameter(1, eventId)
                                        .getSingleResult())
                                .longValue()
                        > 0);
    }

    long storedUnits() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from dash_ranking_unit")
                                .getSingleResult())
                        .longValue());
    }

    /** As before accountability-service's first publication. */
    void forgetPublications() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from dash_ranking_unit").executeUpdate();
            em.createNativeQuery("delete from dash_ranking_publication").executeUpdate();
        });
    }

    /** numerator and denominator as integers, the value with its published scale (null below the minimum sample). */
    @SuppressWarnings("unchecked")
    static void assertRate(Object rate, long numerator, long denominator, String value) {
        Map<String, Object> r = (Map<String, Object>) rate;
        assertEquals(numerator, ((Number) r.get("numerator")).longValue(), "numerator of " + r);
        assertEquals(denominator, ((Number) r.get("denominator")).longValue(), "denominator of " + r);
        assertEquals(value == null ? null : new BigDecimal(value), r.get("value"), "value of " + r);
    }
}
