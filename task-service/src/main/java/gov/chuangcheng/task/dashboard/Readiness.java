package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.events.evaluation.AssessmentMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The projected score of the active evaluation system (迎检预估得分), free of I/O.
 *
 * <pre>
 *   standard score  = fullMarks × factor
 *       factor      = items passed ÷ items inspected                        (FIELD_INSPECTION: 实地考察 pass rate)
 *                   = COMPLETED tasks serving it ÷ all tasks serving it     (DOCUMENT_REVIEW, ONLINE_FILING, SURVEY)
 *                   = 0, flagged "no data", when there is nothing to divide by
 *   indicator score = Σ standard scores           indicator full marks = Σ standard fullMarks
 *   projected total = Σ indicator scores          full marks           = Σ indicator full marks
 *   ratio           = indicator score ÷ indicator full marks            (短板: the lowest ratios first)
 * </pre>
 *
 * A standard's full marks (分值) are its points in the evaluation; its weight (权重) is its share of its indicator, which
 * the full marks already carry (weight = fullMarks ÷ Σ fullMarks of the indicator when the catalogue is consistent).
 * Multiplying by the weight as well would count the share twice, so the weight is not used here.
 * Standard scores are kept to 4 decimals; shown scores are rounded to 2, ratios to 4 (half up).
 */
public final class Readiness {

    public record Indicator(String code, String name, int ordinal) {}

    /**
     * A standard of the active version and its evidence: passed/inspected items for a field standard, completed/all
     * tasks otherwise. Only the counts matter here (the projection scales full marks by them whatever the sample), so
     * the evidence's {@code value} is not read.
     */
    public record Standard(
            String code, String indicatorCode, BigDecimal fullMarks, AssessmentMethod method, Rate evidence) {

        public boolean noData() {
            return evidence.denominator() == 0;
        }

        /** fullMarks × numerator ÷ denominator, to 4 decimals; 0 without data. */
        public BigDecimal projected() {
            if (noData()) {
                return BigDecimal.ZERO.setScale(4);
            }
            return fullMarks
                    .multiply(BigDecimal.valueOf(evidence.numerator()))
                    .divide(BigDecimal.valueOf(evidence.denominator()), 4, RoundingMode.HALF_UP);
        }
    }

    public record IndicatorScore(
            String code,
            String name,
            int ordinal,
            BigDecimal projected,
            BigDecimal fullMarks,
            BigDecimal ratio,
            int standards,
            int standardsWithoutData) {

        BigDecimal lost() {
            return fullMarks.subtract(projected);
        }
    }

    private final List<IndicatorScore> indicators;
    private final BigDecimal projectedTotal;
    private final BigDecimal fullMarks;

    private Readiness(List<IndicatorScore> indicators, BigDecimal projectedTotal, BigDecimal fullMarks) {
        this.indicators = indicators;
        this.projectedTotal = projectedTotal;
        this.fullMarks = fullMarks;
    }

    /** Indicators without standards have no full marks and are left out. */
    public static Readiness of(List<Indicator> indicators, List<Standard> standards) {
        Map<String, List<Standard>> byIndicator = new LinkedHashMap<>();
        for (Standard s : standards) {
            byIndicator
                    .computeIfAbsent(s.indicatorCode(), k -> new java.util.ArrayList<>())
                    .add(s);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal full = BigDecimal.ZERO;
        List<IndicatorScore> scores = new java.util.ArrayList<>();
        for (Indicator i : indicators.stream()
                .sorted(Comparator.comparingInt(Indicator::ordinal))
                .toList()) {
            List<Standard> own = byIndicator.getOrDefault(i.code(), List.of());
            if (own.isEmpty()) {
                continue;
            }
            BigDecimal projected = own.stream().map(Standard::projected).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal marks = own.stream().map(Standard::fullMarks).reduce(BigDecimal.ZERO, BigDecimal::add);
            int withoutData = (int) own.stream().filter(Standard::noData).count();
            total = total.add(projected);
            full = full.add(marks);
            scores.add(new IndicatorScore(
                    i.code(),
                    i.name(),
                    i.ordinal(),
                    round2(projected),
                    round2(marks),
                    projected.divide(marks, 4, RoundingMode.HALF_UP),
                    own.size(),
                    withoutData));
        }
        return new Readiness(List.copyOf(scores), round2(total), round2(full));
    }

    public List<IndicatorScore> indicators() {
        return indicators;
    }

    public BigDecimal projectedTotal() {
        return projectedTotal;
    }

    public BigDecimal fullMarks() {
        return fullMarks;
    }

    /**
     * The {@code n} weakest indicators (短板): the lowest ratio first; among equal ratios the one with more points
     * still to win, then the catalogue order.
     */
    public List<IndicatorScore> weakest(int n) {
        return indicators.stream()
                .sorted(Comparator.comparing(IndicatorScore::ratio)
                        .thenComparing(IndicatorScore::lost, Comparator.reverseOrder())
                        .thenComparingInt(IndicatorScore::ordinal))
                .limit(n)
                .toList();
    }

    private static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
