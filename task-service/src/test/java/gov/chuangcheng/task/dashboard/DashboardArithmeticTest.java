package gov.chuangcheng.task.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.events.evaluation.AssessmentMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The readiness arithmetic of the dashboard on a small data set checked by hand. */
class DashboardArithmeticTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Readiness.Standard standard(
            String code, String indicator, String fullMarks, AssessmentMethod method, long hits, long sample) {
        return Readiness.Standard.counted(code, "标准" + code, indicator, d(fullMarks), method, Rate.of(hits, sample, 1));
    }

    private static Readiness.Standard surveyed(
            String code, String indicator, String fullMarks, String rate, String marks) {
        return Readiness.Standard.surveyed(
                code,
                "标准" + code,
                indicator,
                d(fullMarks),
                new Readiness.Survey(d(rate), 1000, LocalDate.of(2026, 11, 20), marks == null ? null : d(marks)));
    }

    @Test
    void aSurveyStandardScoresTheMarksOfItsRuleAndHasNoDataWithoutResultOrRule() {
        Readiness readiness = Readiness.of(
                List.of(new Readiness.Indicator("I1", "满意度", 1)),
                List.of(
                        surveyed("S1", "I1", "2.00", "85", "1.6"),
                        // a result, but the import gave no rule: nothing to score it by
                        surveyed("S2", "I1", "3.00", "85", null),
                        // no survey yet
                        Readiness.Standard.surveyed("S3", "标准S3", "I1", d("5.00"), null)));
        assertEquals(d("1.60"), readiness.projectedTotal());
        assertEquals(d("2.00"), readiness.coveredMarks());
        assertEquals(d("0.2000"), readiness.coverage());
        assertEquals(
                List.of("S1"),
                readiness.weakestStandards(10).stream()
                        .map(Readiness.Standard::code)
                        .toList());
        assertEquals(d("0.4000"), readiness.weakestStandards(10).get(0).lost());
        assertEquals(2, readiness.indicators().get(0).standardsWithoutData());
    }

    @Test
    void projectedScoreIsFullMarksTimesEvidencePerStandard() {
        Readiness readiness = Readiness.of(
                List.of(
                        new Readiness.Indicator("I1", "市容环境", 1), new Readiness.Indicator("I2", "交通秩序", 2),
                        new Readiness.Indicator("I3", "公益广告", 3), new Readiness.Indicator("I4", "无标准", 4)),
                List.of(
                        // I1: S1 field 4 × (3 passed ÷ 4 inspected) = 3.00; S2 document 6 × (3 done ÷ 4 tasks) = 4.50
                        standard("S1", "I1", "4.00", AssessmentMethod.FIELD_INSPECTION, 3, 4),
                        standard("S2", "I1", "6.00", AssessmentMethod.DOCUMENT_REVIEW, 3, 4),
                        // I2: S3 field, nothing inspected yet → 0 of 5, no data
                        standard("S3", "I2", "5.00", AssessmentMethod.FIELD_INSPECTION, 0, 0),
                        // I3: S4 online filing 10 × (1 ÷ 5) = 2.00; S5 survey: its rule gives a rate of 72% 1 mark
                        standard("S4", "I3", "10.00", AssessmentMethod.ONLINE_FILING, 1, 5),
                        surveyed("S5", "I3", "3.00", "72", "1")));

        // I1 = 3.00 + 4.50 = 7.50 of 10.00 covered → 0.7500
        // I2 = no data: left out, not 0
        // I3 = 2.00 + 1.00 = 3.00 of 13.00 → 0.2308 (0.230769…)
        // I4 has no standards and is left out
        // total = 7.50 + 3.00 = 10.50 over the 23.00 marks with data, of 28.00: coverage 0.8214
        assertEquals(d("10.50"), readiness.projectedTotal());
        assertEquals(d("28.00"), readiness.fullMarks());
        assertEquals(d("23.00"), readiness.coveredMarks());
        assertEquals(d("0.8214"), readiness.coverage());
        assertEquals(
                List.of("I1", "I2", "I3"),
                readiness.indicators().stream()
                        .map(Readiness.IndicatorScore::code)
                        .toList());
        Readiness.IndicatorScore i1 = readiness.indicators().get(0);
        assertEquals(d("7.50"), i1.projected());
        assertEquals(d("10.00"), i1.fullMarks());
        assertEquals(d("0.7500"), i1.ratio());
        assertEquals(0, i1.standardsWithoutData());
        Readiness.IndicatorScore i2 = readiness.indicators().get(1);
        assertNull(i2.projected(), "nobody has looked: unknown, not 0");
        assertNull(i2.ratio());
        assertEquals(d("0.00"), i2.coveredMarks());
        assertEquals(1, i2.standardsWithoutData());
        assertTrue(i2.noData());
        assertEquals(d("0.2308"), readiness.indicators().get(2).ratio());

        // the weakest indicators with data, lowest ratio first: I3 (0.2308), I1 (0.75); I2 is unknown, not weak
        assertEquals(
                List.of("I3", "I1"),
                readiness.weakest(10).stream()
                        .map(Readiness.IndicatorScore::code)
                        .toList());
        assertEquals(
                List.of("I3"),
                readiness.weakest(1).stream()
                        .map(Readiness.IndicatorScore::code)
                        .toList());
        // 短板: the standards with data that lose the most: S4 8.00, S5 2.00, S2 1.50, S1 1.00
        assertEquals(
                List.of("S4", "S5", "S2", "S1"),
                readiness.weakestStandards(10).stream()
                        .map(Readiness.Standard::code)
                        .toList());
        assertEquals(d("8.0000"), readiness.weakestStandards(1).get(0).lost());
    }

    @Test
    void aFreshCampaignHasNoDataAndNoCoverageNotAScoreOfZero() {
        Readiness readiness = Readiness.of(
                List.of(new Readiness.Indicator("I1", "市容环境", 1)),
                List.of(
                        standard("S1", "I1", "6.00", AssessmentMethod.FIELD_INSPECTION, 0, 0),
                        standard("S2", "I1", "108.00", AssessmentMethod.SURVEY, 0, 0)));
        assertNull(readiness.projectedTotal());
        assertEquals(d("114.00"), readiness.fullMarks());
        assertEquals(d("0.0000"), readiness.coverage());
        assertTrue(readiness.weakest(10).isEmpty());
        assertTrue(readiness.weakestStandards(10).isEmpty());
    }

    @Test
    void aFailedStandardWithDataIsAWeakSpotBeforeAnyUnknownOne() {
        Readiness readiness = Readiness.of(
                List.of(new Readiness.Indicator("I1", "市容环境", 1), new Readiness.Indicator("I2", "交通秩序", 2)),
                List.of(
                        standard("S1", "I1", "2.00", AssessmentMethod.FIELD_INSPECTION, 0, 3),
                        standard("S2", "I2", "10.00", AssessmentMethod.FIELD_INSPECTION, 0, 0)));
        assertEquals(
                List.of("S1"),
                readiness.weakestStandards(10).stream()
                        .map(Readiness.Standard::code)
                        .toList());
        assertEquals(d("0.00"), readiness.projectedTotal());
        assertEquals(d("0.1667"), readiness.coverage());
    }

    @Test
    void equalRatiosPutTheIndicatorWithMorePointsToWinFirst() {
        Readiness readiness = Readiness.of(
                List.of(
                        new Readiness.Indicator("A", "a", 1),
                        new Readiness.Indicator("B", "b", 2),
                        new Readiness.Indicator("C", "c", 3)),
                List.of(
                        // A: 2 × 1/2 = 1 of 2 → 0.5, 1 point lost
                        standard("SA", "A", "2.00", AssessmentMethod.DOCUMENT_REVIEW, 1, 2),
                        // B: 8 × 1/2 = 4 of 8 → 0.5, 4 points lost → before A
                        standard("SB", "B", "8.00", AssessmentMethod.DOCUMENT_REVIEW, 1, 2),
                        // C: 2 × 2/4 = 1 of 2 → 0.5, 1 point lost → tie with A, catalogue order: A first
                        standard("SC", "C", "2.00", AssessmentMethod.FIELD_INSPECTION, 2, 4)));
        assertEquals(
                List.of("B", "A", "C"),
                readiness.weakest(10).stream()
                        .map(Readiness.IndicatorScore::code)
                        .toList());
    }
}
