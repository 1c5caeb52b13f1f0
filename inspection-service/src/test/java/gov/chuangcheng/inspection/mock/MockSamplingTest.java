package gov.chuangcheng.inspection.mock;

import static gov.chuangcheng.events.evaluation.PointType.BACK_STREET;
import static gov.chuangcheng.events.evaluation.PointType.FARMERS_MARKET;
import static gov.chuangcheng.events.evaluation.PointType.SCHOOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.evaluation.PointType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MockSamplingTest {

    private static List<MockSampling.Candidate> points(PointType type, String prefix, int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> new MockSampling.Candidate(
                        UUID.nameUUIDFromBytes((prefix + i).getBytes()), prefix + String.format("%02d", i), type))
                .toList();
    }

    private static final List<MockSampling.Candidate> MARKETS = points(FARMERS_MARKET, "NM", 6);
    private static final List<MockSampling.Candidate> STREETS = points(BACK_STREET, "BJ", 10);

    private static List<MockSampling.Candidate> all() {
        List<MockSampling.Candidate> all = new ArrayList<>(MARKETS);
        all.addAll(STREETS);
        return all;
    }

    private static List<String> codes(MockSampling.Draw draw) {
        return draw.drawn().stream().map(MockSampling.Candidate::code).toList();
    }

    @Test
    void eachTypeGetsItsQuotaOfItsOwnDeclaredPointsOnce() {
        MockSampling.Draw draw = MockSampling.draw(12345L, Map.of(FARMERS_MARKET, 2, BACK_STREET, 3), all(), Set.of());

        assertTrue(draw.complete());
        assertEquals(5, draw.drawn().size());
        assertEquals(5, new HashSet<>(draw.drawn()).size(), "no point is drawn twice");
        // types in code order: BACK_STREET before FARMERS_MARKET
        assertEquals(
                List.of(BACK_STREET, BACK_STREET, BACK_STREET, FARMERS_MARKET, FARMERS_MARKET),
                draw.drawn().stream().map(MockSampling.Candidate::type).toList());
        assertTrue(STREETS.containsAll(draw.drawn().subList(0, 3)));
        assertTrue(MARKETS.containsAll(draw.drawn().subList(3, 5)));
        assertEquals(
                List.of(new MockSampling.Tally(BACK_STREET, 3, 10, 0), new MockSampling.Tally(FARMERS_MARKET, 2, 6, 0)),
                draw.tallies());
    }

    @Test
    void theSameSeedAndCandidatesGiveTheSameDrawWhateverTheirOrder() {
        List<MockSampling.Candidate> shuffled = new ArrayList<>(all());
        Collections.shuffle(shuffled, new java.util.Random(7));
        Map<PointType, Integer> quotas = Map.of(FARMERS_MARKET, 2, BACK_STREET, 3);

        MockSampling.Draw first = MockSampling.draw(12345L, quotas, all(), Set.of());
        MockSampling.Draw again = MockSampling.draw(12345L, quotas, shuffled, Set.of());

        assertEquals(codes(first), codes(again), "candidates are ordered by code before drawing");
        // fixed for good: a draw made today must be re-done the same way later (java.util.Random is specified)
        assertEquals(codes(first), codes(MockSampling.draw(12345L, quotas, all(), Set.of())));
    }

    @Test
    void theDrawOfATypeIsPinnedByTheSeedAndKnownValues() {
        // java.util.Random's algorithm is part of the Java specification: these codes stay the same on every JVM
        // (a change of the rule that changes them would make every recorded seed draw other points)
        assertEquals(
                List.of("BJ01", "BJ08", "BJ09"),
                codes(MockSampling.draw(12345L, Map.of(BACK_STREET, 3), STREETS, Set.of())));
    }

    @Test
    void anotherSeedGivesAnotherDraw() {
        Map<PointType, Integer> quotas = Map.of(BACK_STREET, 4);
        Set<List<String>> draws = IntStream.range(0, 20)
                .mapToObj(seed -> codes(MockSampling.draw(seed, quotas, STREETS, Set.of())))
                .collect(Collectors.toSet());
        assertTrue(draws.size() > 15, "20 seeds gave " + draws.size() + " different draws of 4 of 10");
    }

    @Test
    void aTypesDrawDoesNotChangeWithAnotherTypesQuota() {
        List<String> streets = codes(MockSampling.draw(99L, Map.of(BACK_STREET, 3), all(), Set.of()));
        List<String> withMarkets =
                codes(MockSampling.draw(99L, Map.of(BACK_STREET, 3, FARMERS_MARKET, 5), all(), Set.of()));
        assertEquals(streets, withMarkets.subList(0, 3));
    }

    @Test
    void everyPointOfAnyTypeIsDrawnSometimes() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            seen.addAll(codes(MockSampling.draw(seed, Map.of(BACK_STREET, 2), STREETS, Set.of())));
        }
        assertEquals(10, seen.size(), "a fair draw reaches every candidate: " + seen);
    }

    @Test
    void pointsOfTheLastDrawsAreLeftOut() {
        Set<UUID> excluded =
                STREETS.subList(0, 7).stream().map(MockSampling.Candidate::id).collect(Collectors.toSet());

        MockSampling.Draw draw = MockSampling.draw(5L, Map.of(BACK_STREET, 3), STREETS, excluded);

        assertTrue(draw.complete());
        assertEquals(
                List.of("BJ08", "BJ09", "BJ10"), codes(draw).stream().sorted().toList());
        assertEquals(List.of(new MockSampling.Tally(BACK_STREET, 3, 10, 7)), draw.tallies());
    }

    @Test
    void aQuotaAboveWhatCanBeDrawnDrawsNothingAndSaysHowManyCouldBe() {
        Set<UUID> excluded = Set.of(MARKETS.get(0).id(), MARKETS.get(1).id());

        MockSampling.Draw draw =
                MockSampling.draw(1L, Map.of(FARMERS_MARKET, 5, BACK_STREET, 3, SCHOOL, 1), all(), excluded);

        assertFalse(draw.complete());
        assertEquals(List.of(), draw.drawn());
        assertEquals(
                List.of(new MockSampling.Tally(FARMERS_MARKET, 5, 6, 2), new MockSampling.Tally(SCHOOL, 1, 0, 0)),
                draw.shortfalls());
        assertEquals(4, draw.shortfalls().get(0).drawable());
        assertEquals(
                "农贸市场要抽 5 个，可抽的只有 4 个（申报且在用的 6 个中有 2 个在最近 3 次抽样中已抽过）",
                MockExamProblems.message(draw.shortfalls().get(0), 3));
        assertEquals(
                "学校要抽 1 个，可抽的只有 0 个（申报且在用的学校共 0 个）",
                MockExamProblems.message(draw.shortfalls().get(1), 0));
    }

    @Test
    void aQuotaOfAllTheCandidatesDrawsThemAll() {
        MockSampling.Draw draw = MockSampling.draw(3L, Map.of(FARMERS_MARKET, 6), MARKETS, Set.of());
        assertEquals(
                MARKETS.stream().map(MockSampling.Candidate::code).sorted().toList(),
                codes(draw).stream().sorted().toList());
    }

    @Test
    void theDrawnPointsAreDealtRoundRobinInDrawnOrder() {
        List<MockSampling.Candidate> drawn = STREETS.subList(0, 5);

        List<List<MockSampling.Candidate>> shares = MockSampling.split(drawn, 2);

        assertEquals(List.of(drawn.get(0), drawn.get(2), drawn.get(4)), shares.get(0));
        assertEquals(List.of(drawn.get(1), drawn.get(3)), shares.get(1));
        assertEquals(List.of(drawn), MockSampling.split(drawn, 1));
    }

    @Test
    void typeStreamsDifferForNeighbouringSeedsAndTypes() {
        assertNotEquals(MockSampling.typeSeed(1, BACK_STREET), MockSampling.typeSeed(2, BACK_STREET));
        assertNotEquals(MockSampling.typeSeed(1, BACK_STREET), MockSampling.typeSeed(1, FARMERS_MARKET));
    }
}
