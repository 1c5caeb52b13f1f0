package gov.chuangcheng.task.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Ranks by a score, highest first, ties sharing a rank and the next rank skipping as many places as were tied
 * (standard competition ranking: 100, 99, 99, 95 → 1, 2, 2, 4). Ties are listed in {@code tieOrder}.
 */
public final class Ranking {

    public record Ranked<T>(T item, int rank) {}

    private Ranking() {}

    public static <T> List<Ranked<T>> descending(List<T> items, Function<T, BigDecimal> score, Comparator<T> tieOrder) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(score, Comparator.reverseOrder()).thenComparing(tieOrder));
        List<Ranked<T>> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            T item = sorted.get(i);
            boolean tied = i > 0 && score.apply(sorted.get(i - 1)).compareTo(score.apply(item)) == 0;
            ranked.add(new Ranked<>(item, tied ? ranked.get(i - 1).rank() : i + 1));
        }
        return ranked;
    }
}
