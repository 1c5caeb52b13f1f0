package gov.chuangcheng.inspection.mock;

import static gov.chuangcheng.events.evaluation.PointType.BACK_STREET;
import static gov.chuangcheng.events.evaluation.PointType.FARMERS_MARKET;
import static gov.chuangcheng.events.evaluation.PointType.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MockScoringTest {

    private static final Instant MORNING = Instant.parse("2026-12-10T01:00:00Z");

    private final MockScoring.DrawnPoint market1 = new MockScoring.DrawnPoint(UUID.randomUUID(), FARMERS_MARKET);
    private final MockScoring.DrawnPoint market2 = new MockScoring.DrawnPoint(UUID.randomUUID(), FARMERS_MARKET);
    private final MockScoring.DrawnPoint market3 = new MockScoring.DrawnPoint(UUID.randomUUID(), FARMERS_MARKET);
    private final MockScoring.DrawnPoint street = new MockScoring.DrawnPoint(UUID.randomUUID(), BACK_STREET);

    /** Applies to markets, 3 marks. */
    private final MockScoring.Standard hygiene =
            new MockScoring.Standard("S-01", "环境卫生", "I-01", new BigDecimal("3.00"), Set.of(FARMERS_MARKET));
    /** Applies to markets and streets, 2 marks. */
    private final MockScoring.Standard order = new MockScoring.Standard(
            "S-02", "秩序规范", "I-02", new BigDecimal("2.00"), Set.of(FARMERS_MARKET, BACK_STREET));
    /** Applies to streets, 1.5 marks; nobody scores it. */
    private final MockScoring.Standard signs =
            new MockScoring.Standard("S-03", "公益广告", "I-03", new BigDecimal("1.50"), Set.of(BACK_STREET));
    /** Applies to schools only: no drawn point is a school. */
    private final MockScoring.Standard school =
            new MockScoring.Standard("S-04", "校园周边", "I-04", new BigDecimal("4.00"), Set.of(SCHOOL));

    private static MockScoring.Result result(
            MockScoring.DrawnPoint p, MockScoring.Standard s, boolean passed, int minutes) {
        Instant at = MORNING.plusSeconds(60L * minutes);
        return new MockScoring.Result(p.id(), s.code(), passed, at, at);
    }

    private MockScoring.Score score(List<MockScoring.Result> results) {
        return MockScoring.of(
                List.of(market1, market2, market3, street), List.of(signs, order, hygiene, school), results);
    }

    private static MockScoring.StandardScore of(MockScoring.Score score, String code) {
        return score.standards().stream()
                .filter(s -> s.standard().code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aStandardScoresFullMarksTimesPointsPassingOverPointsWithAResult() {
        MockScoring.Score score = score(List.of(
                result(market1, hygiene, true, 0),
                result(market2, hygiene, false, 5),
                result(market3, hygiene, true, 10),
                result(market1, order, true, 0),
                result(street, order, true, 20)));

        MockScoring.StandardScore h = of(score, "S-01");
        assertEquals(3, h.points());
        assertEquals(3, h.withResult());
        assertEquals(2, h.passing());
        assertEquals(new BigDecimal("2.0000"), h.score()); // 3 × 2 ÷ 3
        assertEquals(new BigDecimal("1.0000"), h.lost());
        MockScoring.StandardScore o = of(score, "S-02");
        assertEquals(4, o.points());
        assertEquals(2, o.withResult(), "a point without a result is not counted as failing");
        assertEquals(new BigDecimal("2.0000"), o.score());
    }

    @Test
    void aStandardWithoutAResultHasNoDataAndIsLeftOutOfTheTotalNotCountedZero() {
        MockScoring.Score score = score(List.of(result(market1, hygiene, false, 0), result(street, order, true, 0)));

        assertTrue(of(score, "S-03").noData());
        assertNull(of(score, "S-03").score());
        assertNull(of(score, "S-03").lost());
        // standards: S-01 (0 of 3 marks), S-02 (2 of 2), S-03 no data; S-04 applies to no drawn point
        assertEquals(
                List.of("S-01", "S-02", "S-03"),
                score.standards().stream().map(s -> s.standard().code()).toList());
        assertEquals(new BigDecimal("2.00"), score.total());
        assertEquals(new BigDecimal("6.50"), score.fullMarks());
        assertEquals(new BigDecimal("5.00"), score.coveredMarks());
        assertEquals(new BigDecimal("0.7692"), score.coverage());
        assertEquals(4, score.pointsDrawn());
        assertEquals(2, score.pointsInspected());
    }

    @Test
    void thePointsLatestResultCounts() {
        MockScoring.Score failedThenFixed =
                score(List.of(result(market1, hygiene, false, 0), result(market1, hygiene, true, 30)));
        assertEquals(1, of(failedThenFixed, "S-01").withResult());
        assertEquals(1, of(failedThenFixed, "S-01").passing());

        MockScoring.Score passedThenFailed =
                score(List.of(result(market1, hygiene, false, 30), result(market1, hygiene, true, 0)));
        assertEquals(0, of(passedThenFailed, "S-01").passing());

        // two inspections at the same moment: the later submission wins
        Instant at = MORNING;
        MockScoring.Score sameMoment = score(List.of(
                new MockScoring.Result(market1.id(), "S-01", true, at, at.plusSeconds(5)),
                new MockScoring.Result(market1.id(), "S-01", false, at, at.plusSeconds(1))));
        assertEquals(1, of(sameMoment, "S-01").passing());
    }

    @Test
    void resultsOfUndrawnPointsOrOfStandardsForAnotherTypeAreIgnored() {
        MockScoring.DrawnPoint elsewhere = new MockScoring.DrawnPoint(UUID.randomUUID(), FARMERS_MARKET);
        MockScoring.Score score = score(List.of(
                result(elsewhere, hygiene, false, 0),
                // the street's checklist does not carry S-01, whatever an item says
                new MockScoring.Result(street.id(), "S-01", false, MORNING, MORNING)));

        assertTrue(of(score, "S-01").noData());
        assertNull(score.total(), "no standard has data yet");
        assertEquals(new BigDecimal("0.00"), score.coveredMarks());
        assertEquals(new BigDecimal("0.0000"), score.coverage());
        assertEquals(1, score.pointsInspected(), "the street was inspected, the undrawn market is not the draw's");
    }

    @Test
    void scoresAreKeptToFourDecimalsAndRoundedHalfUp() {
        MockScoring.Standard third =
                new MockScoring.Standard("S-05", "三分之一", "I-05", new BigDecimal("1.00"), Set.of(FARMERS_MARKET));
        MockScoring.Score score = MockScoring.of(
                List.of(market1, market2, market3),
                List.of(third),
                List.of(
                        new MockScoring.Result(market1.id(), "S-05", true, MORNING, MORNING),
                        new MockScoring.Result(market2.id(), "S-05", false, MORNING, MORNING),
                        new MockScoring.Result(market3.id(), "S-05", false, MORNING, MORNING)));

        assertEquals(new BigDecimal("0.3333"), of(score, "S-05").score());
        assertEquals(new BigDecimal("0.33"), score.total());
        assertEquals(new BigDecimal("1.0000"), score.coverage());
    }

    @Test
    void aDrawWithNoStandardsHasNoFullMarks() {
        MockScoring.Score score = MockScoring.of(List.of(market1), List.of(school), List.of());
        assertEquals(List.of(), score.standards());
        assertNull(score.total());
        assertEquals(new BigDecimal("0.00"), score.fullMarks());
        assertEquals(new BigDecimal("0.0000"), score.coverage());
        assertFalse(score.pointsInspected() > 0);
    }
}
