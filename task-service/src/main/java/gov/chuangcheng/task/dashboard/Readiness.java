package gov.chuangcheng.task.dashboard;

import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.events.evaluation.AssessmentMethod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The projected score of the active evaluation system (迎检预估得分), free of I/O.
 *
 * <pre>
 *   standard score  = fullMarks × factor
 *       factor      = points passing ÷ points with a result                 (FIELD_INSPECTION 实地考察: each point's
 *                                                                            latest result, within the field window)
 *                   = expected materials accepted ÷ expected materials      (DOCUMENT_REVIEW 材料审核, ONLINE_FILING
 *                     (without a list: 1 ÷ 1 once a file is accepted, 0 ÷ 1)  网上申报: the office's reviews; no data
 *                                                                            until a file of it has been reviewed)
 *   standard score  = the marks its scoring rule gives its latest survey  (SURVEY 问卷调查)
 *   a standard with nothing to divide by, or without a survey result and rule, has no data: it is left out of the
 *   projection, not counted 0
 *   covered marks   = Σ fullMarks of the standards with data       coverage = covered marks ÷ full marks
 *   indicator score = Σ standard scores with data                  ratio    = indicator score ÷ its covered marks
 *   projected total = Σ indicator scores (none while nothing is covered)
 *   短板             = the standards with data that lose the most marks (fullMarks − score)
 * </pre>
 *
 * Counting a standard nobody has looked at yet as 0 made a fresh campaign read "6 of 114" and put every unknown
 * standard among the 短板; the projection is over what has data, and its coverage says how much that is.
 *
 * A standard's full marks (分值) are its points in the evaluation; its weight (权重) is its share of its indicator, which
 * the full marks already carry (weight = fullMarks ÷ Σ fullMarks of the indicator when the catalogue is consistent).
 * Multiplying by the weight as well would count the share twice, so the weight is not used here.
 * Standard scores are kept to 4 decimals; shown scores are rounded to 2, ratios to 4 (half up).
 */
public final class Readiness {

    public record Indicator(String code, String name, int ordinal) {}

    /**
     * The survey result a survey standard scores on.
     *
     * @param marks what the standard's scoring rule gives the rate; null when the standard has no rule
     */
    @Schema(name = "StandardSurveyResult")
    public record Survey(BigDecimal rate, int sampleSize, LocalDate surveyedOn, BigDecimal marks) {}

    /**
     * A standard of the active version and its evidence: for a field standard the points whose latest result passes
     * of the points with a recent result, the expected materials accepted of those expected for material review and
     * online filing standards (MaterialReviews), the latest
     * survey result for a survey standard. Only the counts matter for a rate (the projection scales full marks by
     * them whatever the sample), so the evidence's {@code value} is not read.
     *
     * @param evidence the counts the standard scores on; null for a survey standard
     * @param survey   the latest survey result of a survey standard; null otherwise, or while it has none
     */
    public record Standard(
            String code,
            String name,
            String indicatorCode,
            BigDecimal fullMarks,
            AssessmentMethod method,
            Rate evidence,
            Survey survey) {

        /** A standard scored on counts (field inspection, materials). */
        public static Standard counted(
                String code,
                String name,
                String indicatorCode,
                BigDecimal fullMarks,
                AssessmentMethod method,
                Rate evidence) {
            return new Standard(code, name, indicatorCode, fullMarks, method, evidence, null);
        }

        /** A survey standard, with its latest result or null. */
        public static Standard surveyed(
                String code, String name, String indicatorCode, BigDecimal fullMarks, Survey survey) {
            return new Standard(code, name, indicatorCode, fullMarks, AssessmentMethod.SURVEY, null, survey);
        }

        public boolean noData() {
            return evidence == null ? survey == null || survey.marks() == null : evidence.denominator() == 0;
        }

        /** fullMarks × numerator ÷ denominator, or a survey's marks, to 4 decimals; null without data. */
        public BigDecimal projected() {
            if (noData()) {
                return null;
            }
            if (evidence == null) {
                return survey.marks().min(fullMarks).setScale(4, RoundingMode.HALF_UP);
            }
            return fullMarks
                    .multiply(BigDecimal.valueOf(evidence.numerator()))
                    .divide(BigDecimal.valueOf(evidence.denominator()), 4, RoundingMode.HALF_UP);
        }

        /** The marks the standard loses on its evidence; null without data. */
        public BigDecimal lost() {
            return noData() ? null : fullMarks.subtract(projected());
        }
    }

    /**
     * An indicator's projection over its standards with data.
     *
     * @param projected    Σ scores of its standards with data; null when none has data
     * @param coveredMarks Σ full marks of its standards with data
     * @param ratio        projected ÷ coveredMarks; null when none has data
     */
    public record IndicatorScore(
            String code,
            String name,
            int ordinal,
            BigDecimal projected,
            BigDecimal fullMarks,
            BigDecimal coveredMarks,
            BigDecimal ratio,
            int standards,
            int standardsWithoutData) {

        public boolean noData() {
            return standardsWithoutData == standards;
        }

        BigDecimal lost() {
            return coveredMarks.subtract(projected);
        }
    }

    private final List<IndicatorScore> indicators;
    private final List<Standard> standards;
    private final BigDecimal projectedTotal;
    private final BigDecimal fullMarks;
    private final BigDecimal coveredMarks;

    private Readiness(
            List<IndicatorScore> indicators,
            List<Standard> standards,
            BigDecimal projectedTotal,
            BigDecimal fullMarks,
            BigDecimal coveredMarks) {
        this.indicators = indicators;
        this.standards = standards;
        this.projectedTotal = projectedTotal;
        this.fullMarks = fullMarks;
        this.coveredMarks = coveredMarks;
    }

    /** Indicators without standards have no full marks and are left out. */
    public static Readiness of(List<Indicator> indicators, List<Standard> standards) {
        Map<String, List<Standard>> byIndicator = new LinkedHashMap<>();
        for (Standard s : standards) {
            byIndicator
                    .computeIfAbsent(s.indicatorCode(), k -> new ArrayList<>())
                    .add(s);
        }
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal full = BigDecimal.ZERO;
        BigDecimal covered = BigDecimal.ZERO;
        List<IndicatorScore> scores = new ArrayList<>();
        List<Standard> counted = new ArrayList<>();
        for (Indicator i : indicators.stream()
                .sorted(Comparator.comparingInt(Indicator::ordinal))
                .toList()) {
            List<Standard> own = byIndicator.getOrDefault(i.code(), List.of());
            if (own.isEmpty()) {
                continue;
            }
            counted.addAll(own);
            List<Standard> withData = own.stream().filter(s -> !s.noData()).toList();
            BigDecimal projected = withData.stream().map(Standard::projected).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal marks = sum(own);
            BigDecimal coveredMarks = sum(withData);
            total = total.add(projected);
            full = full.add(marks);
            covered = covered.add(coveredMarks);
            scores.add(new IndicatorScore(
                    i.code(),
                    i.name(),
                    i.ordinal(),
                    withData.isEmpty() ? null : round2(projected),
                    round2(marks),
                    round2(coveredMarks),
                    withData.isEmpty() ? null : projected.divide(coveredMarks, 4, RoundingMode.HALF_UP),
                    own.size(),
                    own.size() - withData.size()));
        }
        return new Readiness(
                List.copyOf(scores),
                List.copyOf(counted),
                covered.signum() == 0 ? null : round2(total),
                round2(full),
                round2(covered));
    }

    /** Every standard of the active version, in catalogue order. */
    public List<Standard> standards() {
        return standards;
    }

    public List<IndicatorScore> indicators() {
        return indicators;
    }

    /** Σ scores of the standards with data; null while none has data. */
    public BigDecimal projectedTotal() {
        return projectedTotal;
    }

    public BigDecimal fullMarks() {
        return fullMarks;
    }

    /** Σ full marks of the standards with data. */
    public BigDecimal coveredMarks() {
        return coveredMarks;
    }

    /** The share of the full marks that has data, 4 decimals; 0 with no full marks at all. */
    public BigDecimal coverage() {
        return fullMarks.signum() == 0
                ? BigDecimal.ZERO.setScale(4)
                : coveredMarks.divide(fullMarks, 4, RoundingMode.HALF_UP);
    }

    /**
     * The {@code n} weakest indicators with data: the lowest ratio first; among equal ratios the one with more points
     * still to win, then the catalogue order. An indicator without data is no 短板 but an unknown.
     */
    public List<IndicatorScore> weakest(int n) {
        return indicators.stream()
                .filter(i -> !i.noData())
                .sorted(Comparator.comparing(IndicatorScore::ratio)
                        .thenComparing(IndicatorScore::lost, Comparator.reverseOrder())
                        .thenComparingInt(IndicatorScore::ordinal))
                .limit(n)
                .toList();
    }

    /** 短板: the {@code n} standards with data that lose the most marks; then the lower share kept, then by code. */
    public List<Standard> weakestStandards(int n) {
        return standards.stream()
                .filter(s -> !s.noData())
                .sorted(Comparator.comparing(Standard::lost, Comparator.reverseOrder())
                        .thenComparing(s -> s.projected().divide(s.fullMarks(), 4, RoundingMode.HALF_UP))
                        .thenComparing(Standard::code))
                .limit(n)
                .toList();
    }

    private static BigDecimal sum(List<Standard> standards) {
        return standards.stream().map(Standard::fullMarks).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
