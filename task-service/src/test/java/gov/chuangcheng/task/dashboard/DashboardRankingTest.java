package gov.chuangcheng.task.dashboard;

import static gov.chuangcheng.task.dashboard.RankingFixtures.assertRate;
import static gov.chuangcheng.task.dashboard.RankingFixtures.quiet;
import static gov.chuangcheng.task.dashboard.RankingFixtures.ranking;
import static gov.chuangcheng.task.dashboard.RankingFixtures.rate;
import static gov.chuangcheng.task.dashboard.RankingFixtures.standing;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.chuangcheng.events.assessment.RankingPublished;
import gov.chuangcheng.platform.kafka.TopicNames;
import gov.chuangcheng.platform.testing.KeycloakTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dashboard shows the ranking accountability-service publishes, as published, fed through the real broker into the
 * real database: the latest publication by {@code asOf} replaces the one before, an older one arriving late and a
 * redelivery change nothing, and before the first one there are no units at all (not a ranking of task-service's own).
 */
@QuarkusTest
class DashboardRankingTest {

    static final String SFX = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    static final String U1 = "DRK-1-" + SFX;
    static final String U2 = "DRK-2-" + SFX;
    static final String U3 = "DRK-3-" + SFX;
    static final String U4 = "DRK-4-" + SFX;

    @Inject
    TopicNames topics;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private RankingFixtures rankings;
    private String office;

    @BeforeEach
    void beforeTheFirstPublication() {
        rankings = new RankingFixtures(topics, json, em);
        rankings.forgetPublications();
        office = KeycloakTokens.forUser("office1");
    }

    @Test
    void beforeAnyPublicationThereAreNoUnits() {
        JsonPath dashboard = dashboard();
        assertNull(dashboard.get("rankingAsOf"));
        assertEquals(List.of(), dashboard.getList("units"));
        given().auth().oauth2(office).get("/dashboard/units/" + U1).then().statusCode(404);
    }

    @Test
    void theLatestPublicationIsShownAsPublishedAndOnlyANewerOneReplacesIt() {
        OffsetDateTime t0 = RankingFixtures.now();
        // U2 and U3 share the second place; U2's rates are below the minimum sample (no value), as the producer says
        RankingPublished first = ranking(
                t0,
                standing(
                        1,
                        U1,
                        "98.50",
                        2,
                        rate(9, 10, "0.9000"),
                        rate(1, 8, "0.1250"),
                        8,
                        "12.75",
                        rate(0, 12, "0.0000")),
                standing(2, U2, "96.00", 4, rate(2, 3, null), rate(0, 2, null), 2, null, rate(1, 4, null)),
                quiet(2, U3));
        rankings.publishAndAwait(first);

        JsonPath shown = dashboard();
        assertAsOf(t0, shown);
        assertEquals(List.of(U1, U2, U3), shown.getList("units.code"));
        Map<String, Object> u1 = row(shown, U1);
        assertEquals(1, u1.get("rank"));
        assertEquals("看板测试" + U1, u1.get("name"));
        assertEquals(new BigDecimal("98.50"), u1.get("score")); // the published scale too: nothing rounded on the way
        assertEquals(2, u1.get("entries"));
        assertRate(u1.get("onTime"), 9, 10, "0.9000");
        assertRate(u1.get("rework"), 1, 8, "0.1250");
        assertEquals(8, u1.get("fixedOrders"));
        assertEquals(new BigDecimal("12.75"), u1.get("meanWorkingHoursToFix"));
        assertRate(u1.get("disputes"), 0, 12, "0.0000");
        // task-service's own figure beside them: these units lead no task
        assertRate(u1.get("onTimeTaskRate"), 0, 0, null);
        Map<String, Object> u2 = row(shown, U2);
        assertEquals(2, u2.get("rank"));
        assertEquals(2, row(shown, U3).get("rank"));
        assertRate(u2.get("onTime"), 2, 3, null);
        assertRate(u2.get("rework"), 0, 2, null);
        assertRate(u2.get("disputes"), 1, 4, null);
        assertNull(u2.get("meanWorkingHoursToFix"));
        given().auth()
                .oauth2(office)
                .get("/dashboard/units/" + U2)
                .then()
                .statusCode(200)
                .body("rank", equalTo(2))
                .body("onTime.numerator", equalTo(2))
                .body("onTime.denominator", equalTo(3));

        // a newer publication replaces the whole ranking: U3 is gone, U4 came, U1 moved down with new figures
        OffsetDateTime t1 = t0.plusMinutes(1);
        RankingPublished second = ranking(
                t1,
                quiet(1, U4),
                standing(
                        2,
                        U1,
                        "97.00",
                        3,
                        rate(9, 11, "0.8182"),
                        rate(2, 9, "0.2222"),
                        9,
                        "13.10",
                        rate(1, 13, "0.0769")),
                standing(3, U2, "96.00", 4, rate(2, 3, null), rate(0, 2, null), 2, null, rate(1, 4, null)));
        String secondId = rankings.publishAndAwait(second);
        assertSecondShown(t1);
        given().auth().oauth2(office).get("/dashboard/units/" + U3).then().statusCode(404);

        // an older publication arriving late changes nothing
        rankings.publishAndAwait(ranking(t0.plusSeconds(30), quiet(1, U3), quiet(2, U1)));
        assertSecondShown(t1);

        // the same publication again: redelivered (same event id), then published anew (another replica, same asOf).
        // The redelivery leaves no trace of its own, so the second one, behind it on the same key, is awaited
        rankings.publish(second, secondId);
        rankings.publishAndAwait(second);
        assertSecondShown(t1);
        assertEquals(3, rankings.storedUnits(), "nothing doubled");
    }

    @Test
    void aPublicationThatCannotBeShownWholeChangesNothingAndTheNextOneIsShown() {
        OffsetDateTime t0 = RankingFixtures.now();
        rankings.publishAndAwait(ranking(t0, quiet(1, U1), quiet(2, U2)));

        // U1 listed twice: dead-lettered (never in the inbox), not half applied
        String broken = rankings.publish(ranking(t0.plusMinutes(1), quiet(1, U1), quiet(2, U1)));
        rankings.publishAndAwait(ranking(t0.plusMinutes(2), quiet(1, U3), quiet(2, U2), quiet(3, U1)));
        assertFalse(rankings.taken(broken));
        JsonPath shown = dashboard();
        assertAsOf(t0.plusMinutes(2), shown);
        assertEquals(List.of(U3, U2, U1), shown.getList("units.code"));
    }

    private void assertSecondShown(OffsetDateTime asOf) {
        JsonPath shown = dashboard();
        assertAsOf(asOf, shown);
        assertEquals(List.of(U4, U1, U2), shown.getList("units.code"));
        Map<String, Object> u1 = row(shown, U1);
        assertEquals(2, u1.get("rank"));
        assertEquals(new BigDecimal("97.00"), u1.get("score"));
        assertEquals(3, u1.get("entries"));
        assertRate(u1.get("onTime"), 9, 11, "0.8182");
        assertRate(u1.get("rework"), 2, 9, "0.2222");
        assertEquals(9, u1.get("fixedOrders"));
        assertEquals(new BigDecimal("13.10"), u1.get("meanWorkingHoursToFix"));
        assertRate(u1.get("disputes"), 1, 13, "0.0769");
        assertEquals(1, row(shown, U4).get("rank"));
        assertEquals(new BigDecimal("100.00"), row(shown, U4).get("score"));
        assertEquals(3, row(shown, U2).get("rank"));
    }

    private JsonPath dashboard() {
        return new JsonPath(given().auth()
                        .oauth2(office)
                        .get("/dashboard")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static void assertAsOf(OffsetDateTime expected, JsonPath dashboard) {
        String asOf = dashboard.getString("rankingAsOf");
        assertTrue(asOf != null, "rankingAsOf");
        assertEquals(expected.toInstant(), OffsetDateTime.parse(asOf).toInstant());
    }

    private static Map<String, Object> row(JsonPath dashboard, String unit) {
        Map<String, Object> row = dashboard.getMap("units.find { it.code == '" + unit + "' }");
        if (row == null) {
            throw new AssertionError("no row for " + unit);
        }
        return row;
    }
}
