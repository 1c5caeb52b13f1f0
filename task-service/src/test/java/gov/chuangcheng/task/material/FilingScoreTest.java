package gov.chuangcheng.task.material;

import static gov.chuangcheng.task.material.MaterialStatus.ACCEPTED;
import static gov.chuangcheng.task.material.MaterialStatus.RETURNED;
import static gov.chuangcheng.task.material.MaterialStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import gov.chuangcheng.events.assessment.Rate;
import gov.chuangcheng.task.material.FilingScore.Filed;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a standard assessed on materials scores from the office's reviews (材料审核, 网上申报). */
class FilingScoreTest {

    static final List<String> EXPECTED = List.of("工作方案", "工作台账", "照片");

    private static void assertRate(long numerator, long denominator, Rate rate) {
        assertEquals(numerator, rate.numerator(), "numerator of " + rate);
        assertEquals(denominator, rate.denominator(), "denominator of " + rate);
    }

    @Test
    void nothingReviewedIsNoDataNotZero() {
        Rate none = FilingScore.of(EXPECTED, List.of());
        assertRate(0, 0, none);
        assertNull(none.value());
        // files waiting for the office are not data either
        assertRate(0, 0, FilingScore.of(EXPECTED, List.of(new Filed("工作方案", SUBMITTED), new Filed("照片", SUBMITTED))));
        assertRate(0, 0, FilingScore.of(List.of(), List.of(new Filed(null, SUBMITTED))));
    }

    @Test
    void aListedStandardScoresTheExpectedMaterialsWithAnAcceptedFile() {
        Rate rate = FilingScore.of(
                EXPECTED,
                List.of(
                        new Filed("工作方案", ACCEPTED),
                        new Filed("工作方案", ACCEPTED), // two accepted files of one material count once
                        new Filed("工作台账", RETURNED),
                        new Filed("照片", SUBMITTED)));
        assertRate(1, 3, rate);
        assertEquals(new BigDecimal("0.3333"), rate.value());
        // a returned file and a later accepted one of the same material: the material is there
        assertRate(
                2,
                3,
                FilingScore.of(
                        EXPECTED,
                        List.of(
                                new Filed("工作方案", ACCEPTED),
                                new Filed("工作台账", RETURNED),
                                new Filed("工作台账", ACCEPTED))));
        assertRate(
                3,
                3,
                FilingScore.of(
                        EXPECTED,
                        EXPECTED.stream().map(e -> new Filed(e, ACCEPTED)).toList()));
    }

    @Test
    void onlyReturnedFilesAreDataThatScoresNothing() {
        assertRate(0, 3, FilingScore.of(EXPECTED, List.of(new Filed("工作台账", RETURNED))));
        assertRate(0, 1, FilingScore.of(List.of(), List.of(new Filed(null, RETURNED), new Filed(null, SUBMITTED))));
    }

    @Test
    void aStandardWithoutAListScoresWhetherAnyFileIsAccepted() {
        assertRate(1, 1, FilingScore.of(List.of(), List.of(new Filed(null, RETURNED), new Filed(null, ACCEPTED))));
        assertRate(1, 1, FilingScore.of(List.of(), List.of(new Filed(null, ACCEPTED), new Filed(null, ACCEPTED))));
        // a file filed as a material when an earlier version listed some still counts for the standard
        assertRate(1, 1, FilingScore.of(List.of(), List.of(new Filed("旧版应报材料", ACCEPTED))));
    }

    @Test
    void filesOfMaterialsTheListNoLongerHasCountForNothing() {
        assertRate(0, 0, FilingScore.of(EXPECTED, List.of(new Filed("已删除的材料", ACCEPTED))));
        assertRate(1, 3, FilingScore.of(EXPECTED, List.of(new Filed("已删除的材料", ACCEPTED), new Filed("照片", ACCEPTED))));
        assertRate(0, 3, FilingScore.of(EXPECTED, List.of(new Filed(null, ACCEPTED), new Filed("照片", RETURNED))));
    }
}
