package gov.chuangcheng.inspection.mock;

import gov.chuangcheng.events.evaluation.PointType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The score of a mock exam (模拟测评得分), from the inspections of its draw alone, free of I/O. The same rule as the
 * dashboard's projected score for field standards (task-service {@code Readiness}), over the drawn points instead of
 * every point:
 *
 * <pre>
 *   the standards      = the active field standards (实地考察) that apply to a drawn point's type
 *   a point's result   = its latest result of the standard among the draw's inspections; a standard passes at the
 *                        point when every item of it passed in that inspection
 *   standard score     = fullMarks × factor      factor = points passing ÷ points with a result
 *   a standard with nothing to divide by has no data: it is left out of the total, not counted 0
 *   covered marks      = Σ fullMarks of the standards with data       coverage = covered marks ÷ full marks
 *   total              = Σ standard scores with data (none while nothing is covered)
 * </pre>
 *
 * Standard scores are kept to 4 decimals; shown scores are rounded to 2, ratios to 4 (half up).
 */
public final class MockScoring {

    /** A standard that may score the draw, with the point types it applies to. */
    public record Standard(
            String code, String name, String indicatorCode, BigDecimal fullMarks, Set<PointType> pointTypes) {}

    /** A drawn point. */
    public record DrawnPoint(UUID id, PointType type) {}

    /**
     * What one inspection of the draw said of one standard at one point; {@code recordedAt} orders two inspections
     * made at the same moment (the later submission wins).
     */
    public record Result(UUID pointId, String standardCode, boolean passed, Instant inspectedAt, Instant recordedAt) {}

    /**
     * A standard's evidence in the draw: of the drawn points it applies to, those with a result and those whose
     * latest result passes.
     */
    public record StandardScore(Standard standard, int points, long withResult, long passing) {

        public boolean noData() {
            return withResult == 0;
        }

        /** fullMarks × passing ÷ with a result, to 4 decimals; null without data. */
        public BigDecimal score() {
            return noData()
                    ? null
                    : standard.fullMarks()
                            .multiply(BigDecimal.valueOf(passing))
                            .divide(BigDecimal.valueOf(withResult), 4, RoundingMode.HALF_UP);
        }

        /** The marks the standard loses on its evidence; null without data. */
        public BigDecimal lost() {
            return noData() ? null : standard.fullMarks().subtract(score());
        }
    }

    /**
     * The draw's score.
     *
     * @param total           Σ scores of the standards with data, 2 decimals; null while none has data
     * @param fullMarks       Σ full marks of the standards that apply
     * @param coveredMarks    Σ full marks of the standards with data
     * @param coverage        coveredMarks ÷ fullMarks, 4 decimals; 0 with no full marks at all
     * @param pointsInspected drawn points with at least one of the draw's inspections
     */
    public record Score(
            List<StandardScore> standards,
            BigDecimal total,
            BigDecimal fullMarks,
            BigDecimal coveredMarks,
            BigDecimal coverage,
            int pointsDrawn,
            int pointsInspected) {}

    private MockScoring() {}

    /**
     * Scores the draw. {@code results} must be the draw's inspections only (its points, its day, patrols); results of
     * other points, or of a standard that does not apply to the point's type, are ignored.
     */
    public static Score of(List<DrawnPoint> points, List<Standard> standards, List<Result> results) {
        Map<UUID, PointType> typeOf = points.stream().collect(Collectors.toMap(DrawnPoint::id, DrawnPoint::type));
        Map<String, Map<UUID, Result>> latest = new HashMap<>();
        Comparator<Result> order = Comparator.comparing(Result::inspectedAt).thenComparing(Result::recordedAt);
        for (Result r : results) {
            if (typeOf.containsKey(r.pointId())) {
                latest.computeIfAbsent(r.standardCode(), k -> new HashMap<>())
                        .merge(r.pointId(), r, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
        }
        List<StandardScore> scores = standards.stream()
                .filter(s -> points.stream().anyMatch(p -> s.pointTypes().contains(p.type())))
                .sorted(Comparator.comparing(Standard::code))
                .map(s -> {
                    int applies = (int) points.stream()
                            .filter(p -> s.pointTypes().contains(p.type()))
                            .count();
                    List<Result> own = latest.getOrDefault(s.code(), Map.of()).values().stream()
                            .filter(r -> s.pointTypes().contains(typeOf.get(r.pointId())))
                            .toList();
                    return new StandardScore(
                            s,
                            applies,
                            own.size(),
                            own.stream().filter(Result::passed).count());
                })
                .toList();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal full = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;
        for (StandardScore s : scores) {
            full = full.add(s.standard().fullMarks());
            if (!s.noData()) {
                total = total.add(s.score());
                covered = covered.add(s.standard().fullMarks());
            }
        }
        long inspected = results.stream()
                .map(Result::pointId)
                .filter(typeOf::containsKey)
                .distinct()
                .count();
        return new Score(
                scores,
                scores.stream().allMatch(StandardScore::noData) ? null : round2(total),
                round2(full),
                round2(covered),
                full.signum() == 0 ? BigDecimal.ZERO.setScale(4) : covered.divide(full, 4, RoundingMode.HALF_UP),
                points.size(),
                (int) inspected);
    }

    private static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
