package gov.chuangcheng.accountability.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks units by a score, best first: equal scores share a place and the next place skips as many as were tied
 * (standard competition ranking: 5, 0, 0, −2 → 1, 2, 2, 4); ties are listed by unit code.
 */
final class PeriodRanking {

    private PeriodRanking() {}

    /** The scores in ranked order, each with its place. */
    static List<Placed> rank(List<UnitScore> scores, RankBy by) {
        List<UnitScore> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparing(by::of, Comparator.reverseOrder()).thenComparing(UnitScore::unitCode));
        List<Placed> placed = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            UnitScore s = sorted.get(i);
            boolean tied = i > 0 && by.of(sorted.get(i - 1)).compareTo(by.of(s)) == 0;
            placed.add(new Placed(s, tied ? placed.get(i - 1).place() : i + 1));
        }
        return placed;
    }

    /** Each unit's place, by code. */
    static Map<String, Placed> byUnit(List<Placed> placed) {
        Map<String, Placed> byUnit = new HashMap<>();
        placed.forEach(p -> byUnit.put(p.score().unitCode(), p));
        return byUnit;
    }

    /** A unit's score and its place among the units ranked with it. */
    record Placed(UnitScore score, int place) {}
}
