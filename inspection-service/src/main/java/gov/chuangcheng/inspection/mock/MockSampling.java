package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.evaluation.PointType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The sampling draw of a mock exam (模拟测评抽样), the way the evaluators draw: free of I/O.
 *
 * <pre>
 *   candidates of a type = the declared active points of that type, ordered by code
 *   drawable             = candidates − the points drawn in the last N draws
 *   drawn                = quota points picked from the drawable ones by a seeded shuffle (Fisher–Yates, stopped
 *                          after quota picks)
 *   a quota above the drawable points is a shortfall: nothing is drawn, and each shortfall says how many were
 *   wanted and how many could be drawn
 * </pre>
 *
 * Reproducible: the same seed, quotas and candidate lists give the same draw, in the same order, on every JVM.
 * {@link java.util.Random} is used because its algorithm is fixed by the Java specification ({@code
 * SplittableRandom}'s is not), so a draw can be re-done years later. Each type draws from its own stream, derived
 * from the seed and the type's code, so a type's draw does not change when another type's quota does. The drawn points
 * are listed type by type in code order (not enum order, which a new type could change), each type in drawn order.
 */
public final class MockSampling {

    /** A declared active point the draw may pick. */
    public record Candidate(UUID id, String code, PointType type) {}

    /** What one type's draw started from: its quota, its declared points and how many of them were excluded. */
    public record Tally(PointType type, int quota, int declared, int excluded) {

        public int drawable() {
            return declared - excluded;
        }

        public boolean shortfall() {
            return quota > drawable();
        }
    }

    /**
     * The outcome: the drawn points (empty when any type falls short) and each type's tally, in type code order.
     */
    public record Draw(List<Candidate> drawn, List<Tally> tallies) {

        public List<Tally> shortfalls() {
            return tallies.stream().filter(Tally::shortfall).toList();
        }

        public boolean complete() {
            return shortfalls().isEmpty();
        }
    }

    private MockSampling() {}

    /**
     * Draws {@code quotas} points per type from {@code candidates} (points of other types are ignored), leaving out
     * {@code excluded} (the points of the last draws).
     */
    public static Draw draw(long seed, Map<PointType, Integer> quotas, List<Candidate> candidates, Set<UUID> excluded) {
        List<PointType> types = quotas.keySet().stream()
                .sorted(Comparator.comparing(PointType::name))
                .toList();
        List<Tally> tallies = new ArrayList<>();
        List<Candidate> drawn = new ArrayList<>();
        for (PointType type : types) {
            int quota = quotas.get(type);
            List<Candidate> declared = candidates.stream()
                    .filter(c -> c.type() == type)
                    .sorted(Comparator.comparing(Candidate::code))
                    .toList();
            List<Candidate> drawable =
                    declared.stream().filter(c -> !excluded.contains(c.id())).toList();
            Tally tally = new Tally(type, quota, declared.size(), declared.size() - drawable.size());
            tallies.add(tally);
            if (!tally.shortfall()) {
                drawn.addAll(pick(drawable, quota, new Random(typeSeed(seed, type))));
            }
        }
        Draw draw = new Draw(List.copyOf(drawn), List.copyOf(tallies));
        return draw.complete() ? draw : new Draw(List.of(), draw.tallies());
    }

    /**
     * Deals the drawn points to the inspectors round-robin in drawn order: the first point to the first inspector,
     * the second to the second, and so on. Each inspector gets a share of every type, and no one more than one point
     * above another. Answers one list per inspector, in the inspectors' order.
     */
    public static List<List<Candidate>> split(List<Candidate> drawn, int inspectors) {
        if (inspectors < 1) {
            throw new IllegalArgumentException("a draw is split over at least one inspector");
        }
        List<List<Candidate>> shares = new ArrayList<>();
        for (int i = 0; i < inspectors; i++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < drawn.size(); i++) {
            shares.get(i % inspectors).add(drawn.get(i));
        }
        return shares.stream().map(List::copyOf).toList();
    }

    /** The first {@code quota} places of a shuffle of {@code from}, stopped once they are settled. */
    private static List<Candidate> pick(List<Candidate> from, int quota, Random random) {
        List<Candidate> pool = new ArrayList<>(from);
        for (int i = 0; i < quota; i++) {
            Collections.swap(pool, i, i + random.nextInt(pool.size() - i));
        }
        return pool.subList(0, quota);
    }

    /**
     * The seed of one type's stream: the draw's seed and the type's code mixed by SplitMix64's finaliser, so that
     * neighbouring seeds or types do not give neighbouring streams ({@code Random}'s first values of close seeds are
     * close).
     */
    static long typeSeed(long seed, PointType type) {
        long z = seed ^ (0x9E3779B97F4A7C15L * type.name().hashCode());
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
